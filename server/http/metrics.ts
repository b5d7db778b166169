/** Counters exposed at `GET /metrics` in the Prometheus text format (in-process, reset on restart). */
export class Metrics {
  private readonly counters = new Map<string, { help: string; values: Map<string, number> }>();

  constructor() {
    this.define('meja_http_requests_total', 'HTTP requests answered, by method, route and status.');
    this.define('meja_push_commands_total', 'Pushed commands by outcome (accepted, rejected).');
    this.define('meja_pulls_total', 'Pull requests answered, by kind (empty, changes).');
    this.define('meja_sign_in_failures_total', 'Failed device enrollments (wrong NIP/password, locked).');
  }

  private define(name: string, help: string): void {
    this.counters.set(name, { help, values: new Map() });
  }

  inc(name: string, labels: Record<string, string> = {}, by = 1): void {
    const c = this.counters.get(name);
    if (!c) throw new Error(`unknown metric ${name}`);
    const key = Object.entries(labels)
      .map(([k, v]) => `${k}="${v.replace(/["\\\n]/g, '_')}"`)
      .join(',');
    c.values.set(key, (c.values.get(key) ?? 0) + by);
  }

  render(): string {
    const lines: string[] = [];
    for (const [name, c] of this.counters) {
      lines.push(`# HELP ${name} ${c.help}`, `# TYPE ${name} counter`);
      if (c.values.size === 0) lines.push(`${name} 0`);
      for (const [key, v] of c.values) lines.push(key ? `${name}{${key}} ${v}` : `${name} ${v}`);
    }
    return `${lines.join('\n')}\n`;
  }
}
