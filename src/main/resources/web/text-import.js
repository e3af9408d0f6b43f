// Text from a dropped or opened file, as it should be read aloud: subtitles without their cue numbers and
// timings, Markdown without the markup a listener should not hear.

const SRT_TIMING = /^\s*\d{1,2}:\d{2}:\d{2}[,.]\d{1,3}\s*-->\s*\d{1,2}:\d{2}:\d{2}[,.]\d{1,3}.*$/;

/** The spoken lines of an SRT file: one line per cue, its text lines joined, tags such as <i> dropped. */
export function textFromSrt(srt) {
  const cues = srt.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n').split(/\n\s*\n/);
  const lines = [];
  for (const cue of cues) {
    const text = cue.split('\n')
      .filter((line, i, all) => !(SRT_TIMING.test(line)
        || (/^\s*\d+\s*$/.test(line) && i + 1 < all.length && SRT_TIMING.test(all[i + 1]))))
      .map(line => line.replace(/<[^>]+>/g, '').replace(/\{\\[^}]*\}/g, '').trim())
      .filter(line => line.length > 0)
      .join(' ');
    if (text) lines.push(text);
  }
  return lines.join('\n');
}

/** Markdown as prose: headings, emphasis, links, images, code fences, quotes, list markers and HTML removed. */
export function textFromMarkdown(md) {
  const out = [];
  let inFence = false;
  for (let line of md.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n').split('\n')) {
    if (/^\s*(```|~~~)/.test(line)) { inFence = !inFence; continue; }
    if (inFence) { out.push(line); continue; }
    if (/^\s*([-*_])(\s*\1){2,}\s*$/.test(line)) continue;          // horizontal rule
    if (/^\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*$/.test(line)) continue; // table divider
    line = line
      .replace(/^\s{0,3}#{1,6}\s+/, '')                               // heading
      .replace(/\s+#+\s*$/, '')                                        // closing hashes
      .replace(/^\s*(>\s?)+/, '')                                      // quote
      .replace(/^\s*([-*+]|\d+[.)])\s+(\[[ xX]\]\s+)?/, '')            // list item, task box
      .replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1')                        // image: its alt text
      .replace(/\[([^\]]+)\]\([^)]*\)/g, '$1')                         // link: its text
      .replace(/\[([^\]]+)\]\[[^\]]*\]/g, '$1')                        // reference link
      .replace(/^\s*\[[^\]]+\]:\s+\S+.*$/, '')                         // link definition
      .replace(/<[^>]+>/g, '')                                         // HTML tags
      .replace(/`([^`]*)`/g, '$1')                                     // inline code
      .replace(/\*\*(?=\S)(.+?)(?<=\S)\*\*/g, '$1')                    // bold
      .replace(/(?<!\w)__(?=\S)(.+?)(?<=\S)__(?!\w)/g, '$1')             // bold, not inside a word
      .replace(/\*(?=\S)(.+?)(?<=\S)\*/g, '$1')                          // italics
      .replace(/(?<!\w)_(?=\S)(.+?)(?<=\S)_(?!\w)/g, '$1')               // italics, not inside a word
      .replace(/~~(.+?)~~/g, '$1')                                     // strike-through
      .replace(/^\s*\|/, '').replace(/\|\s*$/, '').replace(/\s*\|\s*/g, ', '); // table cells
    out.push(line.trim());
  }
  return out.join('\n').replace(/\n{3,}/g, '\n\n').trim();
}

/** The text to speak from a file's name and content. */
export function textFromFile(name, content) {
  const lower = name.toLowerCase();
  if (lower.endsWith('.srt')) return textFromSrt(content);
  if (lower.endsWith('.md') || lower.endsWith('.markdown')) return textFromMarkdown(content);
  return content.replace(/^\uFEFF/, '');
}
