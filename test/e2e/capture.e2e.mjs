// The README's animated capture: a rejection lands in a transcript, the notification offers its fixes, Explain
// says what happened, and the credit is claimed and confirmed. Frames are real screenshots of this run.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { writeAnimatedPng } from './animatedCapture.mjs';
import { OUTPUT_DIR, rejectionRecord, statusItem, toast, transcriptFile, webview } from './ui.mjs';

const TEXT =
  'API Error: 400 {"type":"error","error":{"type":"invalid_request_error","message":"Third-party apps now draw from your extra usage, not your plan limits. We\'ve added a $20 credit to get you started. Claim it at claude.ai/settings/usage and keep going."},"request_id":"req_011CZqpMLV2mFDafSPRNAc8Y"}';

const record = () => rejectionRecord(TEXT, 'req_011CZqpMLV2mFDafSPRNAc8Y', 'capture');

const transcript = (fixtures) => transcriptFile(fixtures);

export const scenarios = [
  {
    name: 'animated capture of rejection → notification → explain → claim (docs)',
    before: ({ fixtures }) => fs.writeFileSync(transcript(fixtures), ''),
    async run({ page, fixtures }) {
      await page.setViewportSize({ width: 1100, height: 680 });
      const frames = [];
      const frame = async (delayMs) => {
        await page.waitForTimeout(400); // let animations settle
        frames.push({ png: await page.screenshot(), delayMs });
      };
      await statusItem(page, 'Set balance').waitFor({ state: 'visible', timeout: 60000 });
      await frame(1500);
      fs.appendFileSync(transcript(fixtures), record() + '\n');
      const note = toast(page, 'extra usage');
      await note.waitFor({ state: 'visible', timeout: 15000 });
      await frame(3000);
      await note.locator('.monaco-button', { hasText: 'Explain' }).click();
      const panel = webview(page);
      await panel.getByText(/Waiting (will not|won't)/i).first().waitFor({ timeout: 20000 });
      await frame(3500);
      await panel.getByRole('tab', { name: 'Claim credit', exact: true }).click();
      await panel.locator('#claimed-personal').waitFor({ timeout: 10000 });
      await frame(2500);
      await panel.locator('#claimed-personal').click();
      await panel.locator('#claimed-amount').fill('$20');
      await frame(1500);
      await panel.locator('#claimed-save').click();
      await statusItem(page, '$20.00').waitFor({ state: 'visible', timeout: 10000 });
      await frame(3500);
      fs.mkdirSync(OUTPUT_DIR, { recursive: true });
      const file = path.join(OUTPUT_DIR, 'rejection-flow.png');
      writeAnimatedPng(file, frames);
      assert.ok(fs.statSync(file).size > 10_000);
    },
  },
];
