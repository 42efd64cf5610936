import type { Page } from 'playwright-core';

/** Fills the intake's core answers for low back pain (complaint, where, pain, PEG, sleep, activity, diet). */
export async function fillIntakeBasics(page: Page): Promise<void> {
  await page
    .getByLabel('What is the main problem you want help with?')
    .fill('Low back pain for three months');
  await page.getByRole('checkbox', { name: 'Lower back' }).check();
  await page.getByLabel(/^Pain now/).fill('6');
  const peg = page.getByRole('group', { name: 'Pain over the past week (PEG)' });
  for (const [i, value] of ['6', '5', '4'].entries()) await peg.getByRole('spinbutton').nth(i).fill(value);
  await page.getByLabel('Hours of sleep on a usual night').fill('7');
  for (const group of [
    'How well do you sleep?',
    'How active are you?',
    'How would you describe your diet?',
  ]) {
    await page.getByRole('group', { name: group }).getByRole('radio').first().check();
  }
}

/** Answers PHQ "Not at all" and every yes/no safety question "No", except the questions named, "Yes". */
export async function answerIntakeQuestions(page: Page, yesTo: string[] = []): Promise<void> {
  for (const radio of await page.getByRole('radio', { name: 'Not at all' }).all()) await radio.check();
  for (const radio of await page.getByRole('radio', { name: 'No', exact: true }).all()) await radio.check();
  for (const question of yesTo) {
    await page
      .getByRole('group', { name: question })
      .getByRole('radio', { name: 'Yes', exact: true })
      .check();
  }
}
