/** What a file-system error means for a teacher, and what to do about it. */
export function explainFsError(cause: unknown): string {
  const err = cause as NodeJS.ErrnoException;
  switch (err.code) {
    case 'EACCES':
    case 'EPERM':
    case 'EROFS':
      return 'the folder is read-only; choose another with --out, or change its permissions';
    case 'ENOSPC':
    case 'EDQUOT':
      return 'the disk is full; free some space and build again';
    case 'ENOTDIR':
    case 'EEXIST':
      return 'a file is in the way where a folder should be; move it, or choose another folder with --out';
    default:
      return err.message;
  }
}
