/**
 * Aliases (*name) repeat what an anchor (&name) above them holds. Used ordinarily, a slide
 * or a point written once and shown in several places, they add little; nested in each
 * other they can multiply without end (the "billion laughs": nine aliases of nine aliases of
 * … of a list) or refer to themselves. Each alias is checked where it is, before the data is
 * made: its anchor exists above it, it is not inside that anchor, and all the aliases of the
 * file together add at most MAX_REPEATED values.
 */
import { isAlias, isMap, isPair, isScalar, isSeq, type Node } from 'yaml';

export const MAX_REPEATED = 100_000;

export interface AliasProblem {
  /** Offset of the alias in the text. */
  offset: number;
  message: string;
  hint?: string;
}

/** The first alias that is wrong or repeats too much, in the order of the text. */
export function aliasProblem(root: Node): AliasProblem | undefined {
  // The anchors defined so far: an alias means the last one of its name above it.
  const anchors = new Map<string, Node>();
  // How many values each anchored node stands for, aliases in it expanded.
  const sizes = new Map<Node, number>();
  const open = new Set<Node>();
  let repeated = 0;

  const walk = (node: unknown): number | AliasProblem => {
    if (isAlias(node)) {
      const offset = node.range?.[0] ?? 0;
      const target = anchors.get(node.source);
      if (!target) {
        return {
          offset,
          message: `YAML syntax: *${node.source} refers to an anchor &${node.source} that is not defined above`,
          hint: `define &${node.source} before this line, or, if "*${node.source}" is text, put it in quotes: "*${node.source}"`,
        };
      }
      if (open.has(target)) {
        return { offset, message: `YAML syntax: *${node.source} is inside the anchor &${node.source} it refers to, so it would repeat itself without end; write the content out instead` };
      }
      const size = sizes.get(target) ?? 1;
      repeated += size;
      if (repeated > MAX_REPEATED) {
        return {
          offset,
          message: `YAML syntax: the aliases (*name) up to here repeat more than ${MAX_REPEATED.toLocaleString('en')} values; aliases inside anchors that are repeated by aliases multiply — write the content out instead`,
        };
      }
      return size;
    }
    const anchor = (node as { anchor?: string } | null)?.anchor;
    if (anchor) {
      anchors.set(anchor, node as Node);
      open.add(node as Node);
    }
    let size = 1;
    const children = isMap(node) || isSeq(node) ? (node.items as unknown[]).flatMap((item) => (isPair(item) ? [item.key, item.value] : [item])) : [];
    for (const child of children) {
      if (child === null || child === undefined || (!isScalar(child) && !isAlias(child) && !isMap(child) && !isSeq(child))) continue;
      const result = walk(child);
      if (typeof result !== 'number') return result;
      size += result;
    }
    if (anchor) {
      open.delete(node as Node);
      sizes.set(node as Node, size);
    }
    return size;
  };

  const result = walk(root);
  return typeof result === 'number' ? undefined : result;
}
