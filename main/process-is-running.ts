/**
 * Whether a process of this machine is still running: files named after the process writing them (an
 * unfinished backup copy, a pack being built) are left alone while it runs and cleared once it has gone.
 */
export function processIsRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it exists, under another user.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
