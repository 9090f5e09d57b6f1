/** Just enough protobuf to read a CRX3 header back in the tests: varints and length-delimited fields. */
export interface Field {
  number: number;
  bytes: Uint8Array;
}

function readVarint(data: Uint8Array, start: number): [value: number, next: number] {
  let value = 0;
  let scale = 1;
  let position = start;
  for (;;) {
    const byte = data[position++];
    if (byte === undefined) throw new Error('truncated varint');
    value += (byte & 0x7f) * scale;
    scale *= 128;
    if (byte < 0x80) return [value, position];
  }
}

/** Every field of a message; only wire type 2 (bytes / sub-messages) appears in CRX3 headers. */
export function readFields(data: Uint8Array): Field[] {
  const fields: Field[] = [];
  let position = 0;
  while (position < data.length) {
    const [tag, afterTag] = readVarint(data, position);
    if ((tag & 7) !== 2) throw new Error(`unexpected wire type ${tag & 7}`);
    const [length, afterLength] = readVarint(data, afterTag);
    if (afterLength + length > data.length) throw new Error('field overruns the message');
    fields.push({ number: Math.floor(tag / 8), bytes: data.subarray(afterLength, afterLength + length) });
    position = afterLength + length;
  }
  return fields;
}

export function only(fields: Field[], number: number): Uint8Array {
  const matching = fields.filter((field) => field.number === number);
  if (matching.length !== 1) throw new Error(`expected one field ${number}, found ${matching.length}`);
  return (matching[0] as Field).bytes;
}

export interface ParsedCrx3 {
  version: number;
  publicKey: Uint8Array;
  signature: Uint8Array;
  signedHeaderData: Uint8Array;
  crxId: Uint8Array;
  zip: Uint8Array;
}

export function parseCrx3(file: Uint8Array): ParsedCrx3 {
  const buffer = Buffer.from(file);
  if (buffer.subarray(0, 4).toString('latin1') !== 'Cr24') throw new Error('not a CRX file');
  const headerLength = buffer.readUInt32LE(8);
  const header = readFields(buffer.subarray(12, 12 + headerLength));
  const proof = readFields(only(header, 2));
  const signedHeaderData = only(header, 10000);
  return {
    version: buffer.readUInt32LE(4),
    publicKey: only(proof, 1),
    signature: only(proof, 2),
    signedHeaderData,
    crxId: only(readFields(signedHeaderData), 1),
    zip: buffer.subarray(12 + headerLength),
  };
}
