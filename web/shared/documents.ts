/**
 * Opens a document only a signed-in person may read (an invoice) in a new tab: fetched with their
 * token, shown from a blob URL. Call it from the click: the tab opens at once, while the click
 * still counts as the person's gesture (popup blockers).
 */
export async function openAuthorizedDocument(url: string, accessToken: () => Promise<string | null>): Promise<void> {
  const tab = window.open('', '_blank');
  try {
    const token = await accessToken();
    const res = await fetch(url, { headers: token ? { authorization: `Bearer ${token}` } : {} });
    if (!res.ok) throw new Error(`${url}: ${res.status}`);
    const blobUrl = URL.createObjectURL(await res.blob());
    if (tab) tab.location.href = blobUrl;
    else window.location.href = blobUrl;
    setTimeout(() => URL.revokeObjectURL(blobUrl), 60_000);
  } catch (err) {
    tab?.close();
    throw err;
  }
}

/** The invoice's query: its format and its language (Japanese unless English was chosen). */
export const invoiceQuery = (format: 'html' | 'pdf', lang: string) => `format=${format}&lang=${lang === 'en' ? 'en' : 'ja'}`;
