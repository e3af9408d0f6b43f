// The waveform of the take on a canvas: one min/max bar per pixel column, the part already played in the
// accent colour. The bars are recomputed only when audio arrives; each frame just redraws.

export class Waveform {
  constructor(canvas) {
    this.canvas = canvas;
    this.peaks = null;
    this.samples = new Float32Array(0);
    new ResizeObserver(() => this.resize()).observe(canvas);
    this.resize();
  }

  /** New samples to show (all of the take so far). */
  setSamples(samples) {
    this.samples = samples;
    this.peaks = null;
  }

  resize() {
    const ratio = window.devicePixelRatio || 1;
    this.canvas.width = Math.max(1, Math.round(this.canvas.clientWidth * ratio));
    this.canvas.height = Math.max(1, Math.round(this.canvas.clientHeight * ratio));
    this.peaks = null;
  }

  computePeaks() {
    const columns = this.canvas.width;
    const peaks = new Float32Array(columns * 2);
    const perColumn = this.samples.length / columns;
    for (let x = 0; x < columns; x++) {
      const from = Math.floor(x * perColumn);
      const to = Math.max(from + 1, Math.floor((x + 1) * perColumn));
      let min = 0;
      let max = 0;
      for (let i = from; i < to && i < this.samples.length; i++) {
        const v = this.samples[i];
        if (v < min) min = v;
        if (v > max) max = v;
      }
      peaks[2 * x] = min;
      peaks[2 * x + 1] = max;
    }
    return peaks;
  }

  /** Draws the bars with the first `fraction` (0..1) of them as played. */
  draw(fraction) {
    const { width, height } = this.canvas;
    const g = this.canvas.getContext('2d');
    const style = getComputedStyle(this.canvas);
    g.clearRect(0, 0, width, height);
    if (this.samples.length === 0) return;
    this.peaks ??= this.computePeaks();
    const played = Math.round(fraction * width);
    const middle = height / 2;
    for (const [colour, from, to] of [[style.getPropertyValue('--wave-played'), 0, played],
      [style.getPropertyValue('--wave'), played, width]]) {
      g.fillStyle = colour.trim() || 'gray';
      for (let x = from; x < to; x++) {
        const top = middle - this.peaks[2 * x + 1] * middle;
        const bottom = middle - this.peaks[2 * x] * middle;
        g.fillRect(x, top, 1, Math.max(1, bottom - top));
      }
    }
  }
}
