/** Writing to stdout and waiting until it is flushed (large graphs piped to another program). */
export function writeStdout(text: string): Promise<void> {
  return new Promise<void>((done, fail) =>
    process.stdout.write(text, (e) => (e ? fail(e) : done())),
  );
}
