// Rewrites the modification time of every entry of a zip archive, so that writing the same workbook twice
// gives the same bytes (JSZip, inside exceljs, stamps each entry with the current time).

const LOCAL_HEADER = 0x04034b50;
const CENTRAL_HEADER = 0x02014b50;
const END_OF_CENTRAL_DIRECTORY = 0x06054b50;

/** MS-DOS date and time words of a UTC instant, as zip headers hold them (2-second resolution). */
export function dosDateTime(date: Date): { time: number; date: number } {
  const year = Math.min(Math.max(date.getUTCFullYear(), 1980), 2107);
  return {
    time: (date.getUTCHours() << 11) | (date.getUTCMinutes() << 5) | Math.floor(date.getUTCSeconds() / 2),
    date: ((year - 1980) << 9) | ((date.getUTCMonth() + 1) << 5) | date.getUTCDate(),
  };
}

/**
 * Sets the time of every entry (central directory and local headers) to `when`, in place.
 * Returns false, changing nothing, when the bytes are not a zip archive this function understands
 * (e.g. zip64); timestamps are no part of the data or its CRC, so nothing else is affected.
 */
export function setZipEntryTimes(zip: Uint8Array, when: Date): boolean {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  const eocd = findEndOfCentralDirectory(view);
  if (eocd < 0) return false;
  const entries = view.getUint16(eocd + 10, true);
  let offset = view.getUint32(eocd + 16, true);
  const patches: number[] = [];
  for (let i = 0; i < entries; i++) {
    if (offset + 46 > view.byteLength || view.getUint32(offset, true) !== CENTRAL_HEADER) return false;
    const local = view.getUint32(offset + 42, true);
    if (local + 30 > view.byteLength || view.getUint32(local, true) !== LOCAL_HEADER) return false;
    patches.push(offset + 12, local + 10);
    offset += 46 + view.getUint16(offset + 28, true) + view.getUint16(offset + 30, true) + view.getUint16(offset + 32, true);
  }
  const dos = dosDateTime(when);
  for (const at of patches) {
    view.setUint16(at, dos.time, true);
    view.setUint16(at + 2, dos.date, true);
  }
  return true;
}

function findEndOfCentralDirectory(view: DataView): number {
  // The record is 22 bytes plus a comment of at most 65535 bytes, at the very end.
  const last = view.byteLength - 22;
  for (let at = last; at >= 0 && at >= last - 0xffff; at--) {
    if (view.getUint32(at, true) === END_OF_CENTRAL_DIRECTORY) return at;
  }
  return -1;
}
