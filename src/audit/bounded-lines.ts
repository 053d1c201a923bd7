/**
 * The lines of a file, each at most `maxLineBytes` long. Node's readline keeps a line however long
 * it grows, and a line over 512 MB ends in a RangeError (the longest string V8 makes); this stops
 * at the limit with a message naming the line instead.
 */
import { createReadStream } from 'node:fs';

export class LineTooLong extends Error {
  override readonly name = 'LineTooLong';
  constructor(
    readonly line: number,
    readonly maxLineBytes: number,
  ) {
    super(`line ${line} is longer than ${maxLineBytes.toLocaleString('en-GB')} bytes`);
  }
}

const NEWLINE = 0x0a;

/** Yields each line as text (without its LF or CRLF), throwing LineTooLong at the first line over the limit. */
export async function* boundedLines(file: string, maxLineBytes: number): AsyncGenerator<string> {
  let parts: Buffer[] = [];
  let length = 0;
  let number = 0;
  const line = () => {
    const text = Buffer.concat(parts, length).toString('utf8');
    parts = [];
    length = 0;
    return text.endsWith('\r') ? text.slice(0, -1) : text;
  };
  for await (const chunk of createReadStream(file) as AsyncIterable<Buffer>) {
    let start = 0;
    for (let end = chunk.indexOf(NEWLINE, start); end !== -1; end = chunk.indexOf(NEWLINE, start)) {
      number += 1;
      if (length + end - start > maxLineBytes) throw new LineTooLong(number, maxLineBytes);
      parts.push(chunk.subarray(start, end));
      length += end - start;
      yield line();
      start = end + 1;
    }
    length += chunk.length - start;
    if (length > maxLineBytes) throw new LineTooLong(number + 1, maxLineBytes);
    parts.push(chunk.subarray(start));
  }
  if (length > 0) yield line();
}
