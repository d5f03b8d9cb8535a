// Mutations of valid samples: bit flips, truncation, deletion, duplication, and insertion of
// random code points, lone surrogates, NUL, line ends, invisible and combining characters.
import fc from 'fast-check';

/** Characters that trip text code: NUL, lone surrogates, line ends, invisible, combining, RTL, emoji. */
const NASTY = [
  '\u0000', '\uD800', '\uDC00', '\uDBFF\uDFFF', '\r', '\r\n', '\n\n', '\t', '\u00A0', '\u3000', '\u00AD', '\u200B',
  '\u200D', '\uFEFF', '\u0301', '\u20E3', '\uFE0F', '\u202E', '\u{1F512}', '"', "'", '\\', '|', '*', '?', '%', ':',
  '-', '#', '{', '[', '&', ',', '國', '安', 'ﬁ', 'ß', 'İ',
];

type Edit = readonly [kind: number, position: number, amount: number, insert: string];

const edit: fc.Arbitrary<Edit> = fc.tuple(
  fc.integer({ min: 0, max: 5 }),
  fc.nat(),
  fc.nat(),
  fc.oneof(fc.constantFrom(...NASTY), fc.integer({ min: 0, max: 0x10ffff }).map((cp) => String.fromCodePoint(cp)), fc.string({ maxLength: 8 })),
);

function apply(text: string, [kind, position, amount, insert]: Edit): string {
  const at = text.length === 0 ? 0 : position % (text.length + 1);
  switch (kind) {
    case 0: // truncate
      return text.slice(0, at);
    case 1: // flip one bit of one UTF-16 code unit (may make a lone surrogate)
      if (text.length === 0) return text;
      return text.slice(0, at % text.length) + String.fromCharCode(text.charCodeAt(at % text.length) ^ (1 << amount % 16)) + text.slice((at % text.length) + 1);
    case 2: // insert
      return text.slice(0, at) + insert + text.slice(at);
    case 3: // delete a range
      return text.slice(0, at) + text.slice(at + (amount % 16) + 1);
    case 4: // duplicate a range
      return text.slice(0, at) + text.slice(at, at + (amount % 64)) + text.slice(at);
    default: // replace one code unit
      return text.slice(0, at) + insert + text.slice(at + 1);
  }
}

/** A valid sample, or one mutated by 1–8 edits, or (sometimes) an arbitrary string. */
export function mutatedText(samples: readonly string[]): fc.Arbitrary<string> {
  return fc.oneof(
    { weight: 1, arbitrary: fc.constantFrom(...samples) },
    {
      weight: 6,
      arbitrary: fc.tuple(fc.constantFrom(...samples), fc.array(edit, { minLength: 1, maxLength: 8 })).map(([sample, edits]) => edits.reduce(apply, sample)),
    },
    { weight: 2, arbitrary: fc.oneof(fc.string({ unit: 'binary', maxLength: 200 }), fc.string({ unit: 'grapheme', maxLength: 200 })) },
  );
}

type ByteEdit = readonly [kind: number, position: number, value: number];

function applyBytes(bytes: Uint8Array, [kind, position, value]: ByteEdit): Uint8Array {
  const at = bytes.length === 0 ? 0 : position % bytes.length;
  switch (kind) {
    case 0:
      return bytes.slice(0, at);
    case 1: {
      const copy = bytes.slice();
      if (copy.length > 0) copy[at] = copy[at]! ^ (1 << value % 8);
      return copy;
    }
    default: {
      const copy = new Uint8Array(bytes.length + 1);
      copy.set(bytes.subarray(0, at), 0);
      copy[at] = value % 256;
      copy.set(bytes.subarray(at), at + 1);
      return copy;
    }
  }
}

/** Valid byte samples mutated by 1–8 bit flips, truncations or inserted bytes; or random bytes. */
export function mutatedBytes(samples: readonly Uint8Array[]): fc.Arbitrary<Uint8Array> {
  const byteEdit: fc.Arbitrary<ByteEdit> = fc.tuple(fc.integer({ min: 0, max: 2 }), fc.nat(), fc.nat());
  return fc.oneof(
    { weight: 6, arbitrary: fc.tuple(fc.constantFrom(...samples), fc.array(byteEdit, { minLength: 1, maxLength: 8 })).map(([sample, edits]) => edits.reduce(applyBytes, sample)) },
    { weight: 2, arbitrary: fc.uint8Array({ maxLength: 300 }) },
  );
}
