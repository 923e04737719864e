/** The short "按默认值计：…" note under a result (defaults-note.ts); nothing when no default was taken. */
import { useLang } from '../i18n';
import { defaultsHeading } from './defaults-note';

export function DefaultsNote({ lines }: { lines: string[] }) {
  const lang = useLang();
  if (lines.length === 0) return null;
  const zh = lang === 'zh';
  return (
    <p className="muted small defaults-note" data-testid="defaults-note">
      {defaultsHeading(lang)}{zh ? '：' : ': '}{lines.join(zh ? '；' : '; ')}
    </p>
  );
}
