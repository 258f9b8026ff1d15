/** Option parsers shared by commands; bad values raise InputError naming the flag and the value. */
import { InvalidArgumentError } from 'commander';

export function positiveNumber(flag: string) {
  return (value: string): number => {
    const n = Number(value);
    if (!Number.isFinite(n) || n <= 0)
      throw new InvalidArgumentError(
        `${flag} expects a positive number, got ${JSON.stringify(value)}`,
      );
    return n;
  };
}

export function oneOf<T extends string>(flag: string, allowed: readonly T[]) {
  return (value: string): T => {
    if (!(allowed as readonly string[]).includes(value)) {
      throw new InvalidArgumentError(
        `${flag} must be one of ${allowed.join(', ')}; got ${JSON.stringify(value)}`,
      );
    }
    return value as T;
  };
}

export function portNumber(flag: string) {
  return (value: string): number => {
    const port = Number(value);
    if (!Number.isInteger(port) || port < 0 || port > 65535)
      throw new InvalidArgumentError(
        `${flag} expects a port number from 0 to 65535, got ${JSON.stringify(value)}`,
      );
    return port;
  };
}
