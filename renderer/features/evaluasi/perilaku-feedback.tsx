/** The seven BerAKHLAK values, each with its ekspektasi khusus and dialog kinerja thread (collapsed). */
import { Accordion, Text } from '@mantine/core';
import type { EvaluasiSession } from '../../../shared/entities-evaluasi.js';
import { useT } from '../../i18n/i18n.js';
import { UmpanBalikThread } from './umpan-balik-thread.js';

export function PerilakuFeedback({ session, onChanged }: { session: EvaluasiSession; onChanged: () => void }) {
  const t = useT();
  return (
    <Accordion variant="contained" multiple chevronPosition="left" data-testid="perilaku-feedback">
      {session.perilaku.map((p) => (
        <Accordion.Item key={p.nilai} value={p.nilai}>
          <Accordion.Control>
            <Text size="sm" fw={500} span>
              {p.nama}
            </Text>{' '}
            <Text size="xs" c="dimmed" span>
              · {t.evaluasi.umpanBalik.count(p.umpanBalik.length)}
            </Text>
          </Accordion.Control>
          <Accordion.Panel>
            {p.ekspektasiKhusus && (
              <Text size="xs" c="dimmed" mb={6}>
                {t.skp.perilaku.ekspektasi}: {p.ekspektasiKhusus}
              </Text>
            )}
            <UmpanBalikThread
              skpId={session.skp.id}
              periode={session.periode.key}
              about={{ rhkId: null, nilai: p.nilai }}
              context={p.nama}
              messages={p.umpanBalik}
              canAdd={session.allowed.addUmpanBalik}
              onAdded={onChanged}
            />
          </Accordion.Panel>
        </Accordion.Item>
      ))}
      <Accordion.Item value="umum">
        <Accordion.Control>
          <Text size="sm" fw={500} span>
            {t.evaluasi.session.umumTitle}
          </Text>{' '}
          <Text size="xs" c="dimmed" span>
            · {t.evaluasi.umpanBalik.count(session.umpanBalikUmum.length)}
          </Text>
        </Accordion.Control>
        <Accordion.Panel>
          <UmpanBalikThread
            skpId={session.skp.id}
            periode={session.periode.key}
            about={{ rhkId: null, nilai: null }}
            context={t.evaluasi.session.umumTitle}
            messages={session.umpanBalikUmum}
            canAdd={session.allowed.addUmpanBalik}
            onAdded={onChanged}
          />
        </Accordion.Panel>
      </Accordion.Item>
    </Accordion>
  );
}
