/** Symptoms a patient can report at a post-treatment check-in, each with its route (clinical-reference CR-CHECKIN-1 to CR-CHECKIN-8). */
import { cite } from '../clinical-reference';

export type CheckInRoute = 'emergency' | 'same_day_call' | 'routine_review' | 'none';

export interface CheckInSymptom {
  id: string;
  label: string;
  /** Urgent symptoms route to emergency advice at once. */
  urgent: boolean;
  route: CheckInRoute;
  source: string;
}

export const CHECKIN_SYMPTOMS: readonly CheckInSymptom[] = [
  {
    id: 'new_weakness_numbness',
    label: 'New weakness or numbness in an arm or leg',
    urgent: true,
    route: 'emergency',
    source: cite('CR-CHECKIN-1'),
  },
  {
    id: 'bladder_bowel_change',
    label: 'New trouble controlling bladder or bowels',
    urgent: true,
    route: 'emergency',
    source: cite('CR-CHECKIN-1'),
  },
  {
    id: 'saddle_numbness',
    label: 'Numbness in the groin, buttocks or inner thighs',
    urgent: true,
    route: 'emergency',
    source: cite('CR-CHECKIN-1'),
  },
  {
    id: 'sudden_severe_headache',
    label: 'Sudden severe headache or neck pain',
    urgent: true,
    route: 'emergency',
    source: cite('CR-CHECKIN-2'),
  },
  {
    id: 'dizziness_vision_change',
    label: 'Dizziness, double vision or other vision change',
    urgent: true,
    route: 'emergency',
    source: cite('CR-CHECKIN-2'),
  },
  {
    id: 'speech_swallowing_trouble',
    label: 'Slurred speech or trouble swallowing',
    urgent: true,
    route: 'emergency',
    source: cite('CR-CHECKIN-2'),
  },
  {
    id: 'drop_attack',
    label: 'Sudden fall without losing consciousness (drop attack)',
    urgent: true,
    route: 'emergency',
    source: cite('CR-CHECKIN-2'),
  },
  {
    id: 'facial_numbness',
    label: 'Numbness of the face',
    urgent: true,
    route: 'emergency',
    source: cite('CR-CHECKIN-2'),
  },
  {
    id: 'new_unrelenting_pain',
    label: 'New, severe pain that does not ease and is different from your usual pain',
    urgent: true,
    route: 'emergency',
    source: cite('CR-CHECKIN-3'),
  },
  {
    id: 'chest_pain',
    label: 'Chest pain',
    urgent: true,
    route: 'emergency',
    source: cite('CR-CHECKIN-3'),
  },
  {
    id: 'shortness_of_breath',
    label: 'Shortness of breath',
    urgent: true,
    route: 'emergency',
    source: cite('CR-CHECKIN-4'),
  },
  {
    id: 'fever',
    label: 'Fever',
    urgent: false,
    route: 'same_day_call',
    source: cite('CR-CHECKIN-5'),
  },
  {
    id: 'pain_worse_or_different',
    label: 'Pain clearly worse than before treatment, or different in character',
    urgent: false,
    route: 'same_day_call',
    source: cite('CR-CHECKIN-5'),
  },
  {
    id: 'mild_headache_or_tiredness',
    label: 'Mild headache or tiredness',
    urgent: false,
    route: 'none',
    source: cite('CR-CHECKIN-8'),
  },
  {
    id: 'stiffness',
    label: 'Stiffness',
    urgent: false,
    route: 'none',
    source: cite('CR-CHECKIN-8'),
  },
];

/** Looks up a check-in symptom by id; undefined for an id the check-in form does not offer. */
export function checkInSymptomById(id: string): CheckInSymptom | undefined {
  return CHECKIN_SYMPTOMS.find((s) => s.id === id);
}
