/**
 * Saves text the API answered (with the session's token) as a file, the way a download link would.
 * `bom` puts back the byte-order mark that decoding the response dropped (Excel needs it to read UTF-8).
 */
export function saveText(text: string, filename: string, type: string, opts: { bom?: boolean } = {}) {
  const url = URL.createObjectURL(new Blob([opts.bom && !text.startsWith('\uFEFF') ? `\uFEFF${text}` : text], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
