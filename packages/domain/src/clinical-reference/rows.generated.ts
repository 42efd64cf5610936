// Generated from docs/clinical-reference.md by scripts/generate-clinical-reference.ts; do not edit.
import type { CitedRow } from './parse-reference';

export const CLINICAL_REFERENCE_ROWS: Readonly<Record<string, CitedRow>> = {
  'CR-REG-1': {
    evidence: '',
    source: 'Advanced Soft Tissue Release: Osteopathic manipulation CPT codes (coding guide), n.d.',
  },
  'CR-REG-2': {
    evidence: '',
    source:
      'AAPC Neurology Coding Alert: Strengthen your skills to bill E/M with osteopathic manipulation, n.d.',
  },
  'CR-REG-3': {
    evidence: '',
    source: 'Advanced Soft Tissue Release: Osteopathic manipulation CPT codes (coding guide), n.d.',
  },
  'CR-REG-4': {
    evidence: 'limited evidence',
    source: 'Mira Health ICD-10-CM reference: M99.01, M99.06, M99.09 (secondary), n.d.',
  },
  'CR-REG-5': {
    evidence: '',
    source: 'CMS Billing and Coding Article A56954: Osteopathic Manipulative Treatment, 2019, revised 2022',
  },
  'CR-REG-6': {
    evidence: '',
    source: 'CMS Billing and Coding Article A56954: Osteopathic Manipulative Treatment, 2019, revised 2022',
  },
  'CR-REG-7': { evidence: '', source: 'Premera Blue Cross: payment policy updates, May 2023, 2023' },
  'CR-EXAM-1': {
    evidence: '',
    source: 'CMS Local Coverage Determination L33616: Osteopathic Manipulative Treatment, 2015, revised 2019',
  },
  'CR-EXAM-2': {
    evidence: '',
    source: 'UnitedHealthcare Medicare Advantage Policy Guideline MPG227.07: Osteopathic manipulations, n.d.',
  },
  'CR-EXAM-3': {
    evidence: '',
    source: 'CMS Local Coverage Determination L33616: Osteopathic Manipulative Treatment, 2015, revised 2019',
  },
  'CR-TECH-1': { evidence: '', source: 'StatPearls: high-velocity, low-amplitude (HVLA) techniques, 2023' },
  'CR-TECH-2': { evidence: '', source: 'StatPearls: muscle energy technique, 2023' },
  'CR-TECH-3': {
    evidence: '',
    source: 'StatPearls: history of strain-counterstrain and facilitated positional release, 2023',
  },
  'CR-TECH-4': {
    evidence: '',
    source: 'StatPearls: rib raising, diaphragm release, rib HVLA and muscle energy, 2023',
  },
  'CR-TECH-5': {
    evidence: 'limited evidence',
    source: 'Soft-tissue technique definition, derived from the osteopathic atlas (secondary), 2024',
  },
  'CR-TECH-6': { evidence: '', source: 'StatPearls: balanced ligamentous tension for the pelvis, 2023' },
  'CR-TECH-7': {
    evidence: '',
    source: 'Nicholas, Atlas of osteopathic techniques, chapter 18: Osteopathy in the cranial field, n.d.',
  },
  'CR-TECH-8': {
    evidence: '',
    source: 'StatPearls: history of strain-counterstrain and facilitated positional release, 2023',
  },
  'CR-TECH-9': {
    evidence: 'limited evidence',
    source: 'Osmosis: Still technique for the cervical spine, n.d.',
  },
  'CR-TECH-10': { evidence: '', source: 'StatPearls: sacral rocking (articulatory technique), 2023' },
  'CR-TECH-11': { evidence: '', source: 'StatPearls: lymphatic osteopathic manipulative treatment, 2023' },
  'CR-TECH-12': {
    evidence: '',
    source: 'StatPearls: rib raising, diaphragm release, rib HVLA and muscle energy, 2023',
  },
  'CR-TECH-13': {
    evidence: '',
    source: 'StatPearls: rib raising, diaphragm release, rib HVLA and muscle energy, 2023',
  },
  'CR-TECH-14': {
    evidence: 'limited evidence',
    source: 'Practitioner pages on visceral manipulation (secondary), n.d.',
  },
  'CR-APPLY-1': {
    evidence: 'expert consensus',
    source: 'StatPearls: high-velocity, low-amplitude (HVLA) techniques, 2023',
  },
  'CR-APPLY-2': {
    evidence: 'safer rule chosen because the sources are silent',
    source: 'StatPearls: muscle energy technique, 2023',
  },
  'CR-APPLY-3': {
    evidence: 'expert consensus',
    source: 'Medicines (Basel) 9(5):33, table 1 of OMT techniques, 2022',
  },
  'CR-APPLY-4': {
    evidence: 'expert consensus',
    source: 'Nicholas, Atlas of osteopathic techniques, chapter 18: Osteopathy in the cranial field, n.d.',
  },
  'CR-APPLY-5': {
    evidence: 'expert consensus',
    source: 'StatPearls: lymphatic osteopathic manipulative treatment, 2023',
  },
  'CR-APPLY-6': {
    evidence: '',
    source: 'StatPearls: rib raising, diaphragm release, rib HVLA and muscle energy, 2023',
  },
  'CR-APPLY-7': {
    evidence: '',
    source: 'StatPearls: rib raising, diaphragm release, rib HVLA and muscle energy, 2023',
  },
  'CR-APPLY-8': {
    evidence: 'limited evidence',
    source: 'Practitioner pages on visceral manipulation (secondary), n.d.',
  },
  'CR-CI-1': {
    evidence: '',
    source: 'World Health Organization: Benchmarks for Training in Osteopathy (ISBN 978 92 4 159966 5), 2010',
  },
  'CR-CI-2': {
    evidence: 'expert consensus',
    source: 'World Health Organization: Benchmarks for Training in Osteopathy (ISBN 978 92 4 159966 5), 2010',
  },
  'CR-CI-3': {
    evidence: 'expert consensus',
    source: 'World Health Organization: Benchmarks for Training in Osteopathy (ISBN 978 92 4 159966 5), 2010',
  },
  'CR-CI-4': {
    evidence: 'expert consensus',
    source: 'World Health Organization: Benchmarks for Training in Osteopathy (ISBN 978 92 4 159966 5), 2010',
  },
  'CR-CI-5': {
    evidence: 'expert consensus',
    source: 'World Health Organization: Benchmarks for Training in Osteopathy (ISBN 978 92 4 159966 5), 2010',
  },
  'CR-CI-6': {
    evidence: 'safer rule chosen because the sources are silent',
    source: 'World Health Organization: Benchmarks for Training in Osteopathy (ISBN 978 92 4 159966 5), 2010',
  },
  'CR-CI-7': {
    evidence: 'safer rule chosen because the sources are silent on whether neoplasia is absolute or relative',
    source: 'World Health Organization: Benchmarks for Training in Osteopathy (ISBN 978 92 4 159966 5), 2010',
  },
  'CR-CI-8': {
    evidence: 'limited evidence',
    source: 'World Health Organization: Benchmarks for Training in Osteopathy (ISBN 978 92 4 159966 5), 2010',
  },
  'CR-CI-9': {
    evidence: 'limited evidence',
    source: 'World Health Organization: Benchmarks for Training in Osteopathy (ISBN 978 92 4 159966 5), 2010',
  },
  'CR-CI-10': { evidence: '', source: 'StatPearls: muscle energy for the cervical spine, 2023' },
  'CR-CI-11': {
    evidence:
      'safer rule chosen because the sources are silent on whether these items are absolute or relative',
    source: 'World Health Organization: Benchmarks for Training in Osteopathy (ISBN 978 92 4 159966 5), 2010',
  },
  'CR-CI-12': {
    evidence: 'safer rule chosen because the sources are silent on the category',
    source: 'World Health Organization: Benchmarks for Training in Osteopathy (ISBN 978 92 4 159966 5), 2010',
  },
  'CR-CI-13': {
    evidence: 'safer rule chosen because sources disagree',
    source: 'World Health Organization: Benchmarks for Training in Osteopathy (ISBN 978 92 4 159966 5), 2010',
  },
  'CR-CI-14': { evidence: '', source: 'StatPearls: HVLA for the cervical spine, 2023' },
  'CR-CI-15': {
    evidence: 'safer rule chosen because the sources are silent on these techniques',
    source: 'World Health Organization: Benchmarks for Training in Osteopathy (ISBN 978 92 4 159966 5), 2010',
  },
  'CR-CI-16': {
    evidence: '',
    source: 'American College of Radiology: ACR Appropriateness Criteria, low back pain, 2021',
  },
  'CR-HVLA-1': {
    evidence: 'expert consensus',
    source: 'StatPearls: high-velocity, low-amplitude (HVLA) techniques, 2023',
  },
  'CR-HVLA-2': {
    evidence: 'expert consensus',
    source: 'StatPearls: high-velocity, low-amplitude (HVLA) techniques, 2023',
  },
  'CR-HVLA-3': { evidence: 'expert consensus', source: 'StatPearls: HVLA for the cervical spine, 2023' },
  'CR-HVLA-4': { evidence: 'expert consensus', source: 'StatPearls: HVLA for the cervical spine, 2023' },
  'CR-HVLA-5': { evidence: 'expert consensus', source: 'StatPearls: HVLA for the thoracic spine, 2023' },
  'CR-HVLA-6': { evidence: 'expert consensus', source: 'StatPearls: HVLA for the thoracic spine, 2023' },
  'CR-HVLA-7': { evidence: 'expert consensus', source: 'StatPearls: HVLA for the lumbar spine, 2023' },
  'CR-HVLA-8': { evidence: 'expert consensus', source: 'StatPearls: HVLA for the lumbar spine, 2023' },
  'CR-HVLA-9': { evidence: 'expert consensus', source: 'StatPearls: HVLA for the ribs, 2023' },
  'CR-HVLA-10': { evidence: 'expert consensus', source: 'StatPearls: HVLA for the cervical spine, 2023' },
  'CR-HVLA-11': {
    evidence: 'safer rule chosen because sources disagree',
    source: 'StatPearls: high-velocity, low-amplitude (HVLA) techniques, 2023',
  },
  'CR-HVLA-12': { evidence: 'expert consensus', source: 'StatPearls: HVLA for the cervical spine, 2023' },
  'CR-HVLA-13': {
    evidence: 'expert consensus',
    source: 'StatPearls: high-velocity, low-amplitude (HVLA) techniques, 2023',
  },
  'CR-HVLA-14': {
    evidence: 'expert consensus',
    source: 'StatPearls: high-velocity, low-amplitude (HVLA) techniques, 2023',
  },
  'CR-HVLA-15': {
    evidence: 'expert consensus',
    source: 'StatPearls: high-velocity, low-amplitude (HVLA) techniques, 2023',
  },
  'CR-HVLA-16': {
    evidence: 'safer rule chosen because sources disagree',
    source: 'StatPearls: HVLA for the cervical spine, 2023',
  },
  'CR-HVLA-17': {
    evidence: 'safer rule chosen because the record does not hold severity',
    source: 'StatPearls: HVLA for the cervical spine, 2023',
  },
  'CR-HVLA-18': { evidence: 'expert consensus', source: 'StatPearls: HVLA for the ribs, 2023' },
  'CR-HVLA-19': {
    evidence: 'safer rule chosen because sources disagree',
    source: 'StatPearls: HVLA for the cervical spine, 2023',
  },
  'CR-HVLA-20': { evidence: 'expert consensus', source: 'StatPearls: HVLA for the lumbar spine, 2023' },
  'CR-HVLA-21': { evidence: 'expert consensus', source: 'StatPearls: HVLA for the cervical spine, 2023' },
  'CR-HVLA-22': {
    evidence: 'expert consensus',
    source: 'StatPearls: high-velocity, low-amplitude (HVLA) techniques, 2023',
  },
  'CR-TQ-1': {
    evidence: 'expert consensus',
    source: 'StatPearls: muscle energy for the cervical spine, 2023',
  },
  'CR-TQ-2': {
    evidence: 'expert consensus',
    source: 'StatPearls: muscle energy for the cervical spine, 2023',
  },
  'CR-TQ-3': {
    evidence: 'expert consensus',
    source: 'StatPearls: counterstrain for the cervical spine, 2023',
  },
  'CR-TQ-4': {
    evidence: 'expert consensus',
    source: 'StatPearls: counterstrain for the cervical spine, 2023',
  },
  'CR-TQ-5': {
    evidence: 'safer rule chosen because the sources are silent outside the neck',
    source: 'StatPearls: counterstrain for the cervical spine, 2023',
  },
  'CR-TQ-6': {
    evidence: 'safer rule chosen because the sources are silent outside the thoracic spine',
    source: 'StatPearls: counterstrain and facilitated positional release for the thoracic spine, 2023',
  },
  'CR-TQ-7': {
    evidence: 'expert consensus',
    source: 'StatPearls: counterstrain and facilitated positional release for the thoracic spine, 2023',
  },
  'CR-TQ-8': {
    evidence: 'expert consensus',
    source: 'StatPearls: balanced ligamentous tension for the pelvis, 2023',
  },
  'CR-TQ-9': {
    evidence: 'expert consensus',
    source: 'StatPearls: sacral rocking (articulatory technique), 2023',
  },
  'CR-TQ-10': { evidence: 'expert consensus', source: 'StatPearls: suboccipital release, 2023' },
  'CR-TQ-11': {
    evidence: 'safer rule chosen because the sources are silent on these techniques',
    source: 'StatPearls: HVLA for the cervical spine, 2023',
  },
  'CR-TQ-12': {
    evidence: 'expert consensus',
    source: 'StatPearls: lymphatic osteopathic manipulative treatment, 2023',
  },
  'CR-TQ-13': {
    evidence: 'safer rule chosen because the source calls some carcinoma stages a disputed contraindication',
    source: 'StatPearls: lymphatic osteopathic manipulative treatment, 2023',
  },
  'CR-TQ-14': {
    evidence: 'safer rule chosen because sources disagree',
    source: 'StatPearls: lymphatic osteopathic manipulative treatment, 2023',
  },
  'CR-TQ-15': {
    evidence: 'expert consensus',
    source: 'StatPearls: lymphatic osteopathic manipulative treatment, 2023',
  },
  'CR-TQ-16': {
    evidence: 'expert consensus',
    source: 'StatPearls: lymphatic osteopathic manipulative treatment, 2023',
  },
  'CR-TQ-17': {
    evidence: 'expert consensus',
    source: 'StatPearls: lymphatic osteopathic manipulative treatment, 2023',
  },
  'CR-TQ-18': {
    evidence: 'limited evidence',
    source: 'Encyclopedia summary of soft-tissue technique (secondary), n.d.',
  },
  'CR-TQ-19': {
    evidence: 'limited evidence',
    source: 'Brainscape: Still technique flash cards (secondary), n.d.',
  },
  'CR-TQ-20': {
    evidence: 'safer rule chosen because the sources are silent',
    source: 'Nicholas, Atlas of osteopathic techniques, chapter 18: Osteopathy in the cranial field, n.d.',
  },
  'CR-TQ-21': {
    evidence: 'safer rule chosen because the sources are silent on visceral contraindications',
    source: 'World Health Organization: Benchmarks for Training in Osteopathy (ISBN 978 92 4 159966 5), 2010',
  },
  'CR-POP-1': { evidence: 'expert consensus', source: 'StatPearls: HVLA for the lumbar spine, 2023' },
  'CR-POP-2': {
    evidence: 'safer rule chosen because the sources are silent on other regions',
    source: 'StatPearls: HVLA for the lumbar spine, 2023',
  },
  'CR-POP-3': {
    evidence: 'expert consensus, with a safer rule where the sources are silent',
    source: 'Cummings Mabry M: OMM in pregnancy (lecture), n.d.',
  },
  'CR-POP-4': {
    evidence: 'expert consensus, with a safer rule where the sources are silent',
    source:
      'Osteopathy Australia: position statement, osteopathic clinical management for babies, infants and children, n.d.',
  },
  'CR-POP-5': {
    evidence: 'expert consensus',
    source:
      'Osteopathy Australia: position statement, osteopathic clinical management for babies, infants and children, n.d.',
  },
  'CR-POP-6': {
    evidence: 'expert consensus',
    source: 'StatPearls: muscle energy for the cervical spine, 2023',
  },
  'CR-POP-7': {
    evidence: 'expert consensus, with a safer rule where the sources are silent',
    source: 'World Health Organization: Benchmarks for Training in Osteopathy (ISBN 978 92 4 159966 5), 2010',
  },
  'CR-POP-8': {
    evidence: 'expert consensus',
    source: 'StatPearls: high-velocity, low-amplitude (HVLA) techniques, 2023',
  },
  'CR-VISIT-1': {
    evidence: 'expert consensus',
    source:
      'Osteopathy Australia: position statement, osteopathic clinical management for babies, infants and children, n.d.',
  },
  'CR-VISIT-2': {
    evidence: 'expert consensus',
    source: 'Cummings Mabry M: OMM in pregnancy (lecture), n.d.',
  },
  'CR-LBP-1': { evidence: '', source: 'StatPearls: back pain in the emergency department, 2023' },
  'CR-LBP-2': { evidence: '', source: 'StatPearls: back pain in the emergency department, 2023' },
  'CR-LBP-3': { evidence: '', source: 'StatPearls: back pain in the emergency department, 2023' },
  'CR-LBP-4': { evidence: '', source: 'StatPearls: back pain in the emergency department, 2023' },
  'CR-LBP-5': { evidence: '', source: 'StatPearls: back pain in the emergency department, 2023' },
  'CR-LBP-6': {
    evidence: '',
    source:
      'Agency for Health Care Policy and Research: Acute low back problems in adults, clinical practice guideline 14 (X-ray triggers), 1994',
  },
  'CR-LBP-7': {
    evidence: 'expert consensus, with a safer rule where the sources are silent',
    source: 'StatPearls: back pain in the emergency department, 2023',
  },
  'CR-NECK-1': {
    evidence: 'expert consensus',
    source: 'Independent Pharmacist CPD module: neck pain red flags, n.d.',
  },
  'CR-NECK-2': {
    evidence: 'expert consensus, with a safer rule where the sources are silent',
    source: 'StatPearls: suboccipital release, 2023',
  },
  'CR-NECK-3': {
    evidence: 'expert consensus, with a safer rule where the sources are silent',
    source: 'Independent Pharmacist CPD module: neck pain red flags, n.d.',
  },
  'CR-NECK-4': {
    evidence: 'expert consensus, with a safer rule where the sources are silent',
    source: 'Independent Pharmacist CPD module: neck pain red flags, n.d.',
  },
  'CR-NECK-5': {
    evidence: 'expert consensus, with a safer rule where the sources are silent',
    source: 'Independent Pharmacist CPD module: neck pain red flags, n.d.',
  },
  'CR-NECK-6': {
    evidence: '',
    source:
      'Stiell IG et al. The Canadian C-spine rule for radiography in alert and stable trauma patients. JAMA 286(15):1841–1848, 2001',
  },
  'CR-NECK-7': {
    evidence: '',
    source:
      'Hoffman JR et al. Validity of a set of clinical criteria to rule out injury to the cervical spine in patients with blunt trauma (NEXUS). N Engl J Med 343:94–99, 2000',
  },
  'CR-SNOOP-1': { evidence: '', source: 'Dodick DW. Pearls: headache. Semin Neurol 30(1):74–81, 2010' },
  'CR-SNOOP-2': {
    evidence: 'safer rule chosen because the source does not grade the urgency',
    source: 'Dodick DW. Pearls: headache. Semin Neurol 30(1):74–81, 2010',
  },
  'CR-SNOOP-3': {
    evidence: 'safer rule chosen because the source does not grade the urgency',
    source: 'Dodick DW. Pearls: headache. Semin Neurol 30(1):74–81, 2010',
  },
  'CR-SNOOP-4': { evidence: '', source: 'Dodick DW. Pearls: headache. Semin Neurol 30(1):74–81, 2010' },
  'CR-SNOOP-5': { evidence: '', source: 'Dodick DW. Pearls: headache. Semin Neurol 30(1):74–81, 2010' },
  'CR-SNOOP-6': { evidence: '', source: 'Dodick DW. Pearls: headache. Semin Neurol 30(1):74–81, 2010' },
  'CR-SNOOP-7': { evidence: '', source: 'Dodick DW. Pearls: headache. Semin Neurol 30(1):74–81, 2010' },
  'CR-SNOOP-8': { evidence: '', source: 'Dodick DW. Pearls: headache. Semin Neurol 30(1):74–81, 2010' },
  'CR-INFANT-1': {
    evidence: 'expert consensus, with a safer rule where the sources are silent',
    source: 'StatPearls: back pain in the emergency department, 2023',
  },
  'CR-INFANT-2': {
    evidence: 'safer rule chosen because the sources are silent',
    source: 'Independent Pharmacist CPD module: neck pain red flags, n.d.',
  },
  'CR-INFANT-3': {
    evidence: 'expert consensus',
    source: 'StatPearls: back pain in the emergency department, 2023',
  },
  'CR-INFANT-4': { evidence: '', source: 'StatPearls: back pain in the emergency department, 2023' },
  'CR-INFANT-5': {
    evidence: 'expert consensus',
    source:
      'Osteopathy Australia: position statement, osteopathic clinical management for babies, infants and children, n.d.',
  },
  'CR-INTAKE-1': {
    evidence: 'expert consensus',
    source: 'CMS Local Coverage Determination L33616: Osteopathic Manipulative Treatment, 2015, revised 2019',
  },
  'CR-INTAKE-2': {
    evidence: 'limited evidence',
    source:
      'Dobson D et al. Manipulative therapies for infantile colic. Cochrane Database Syst Rev (12):CD004796, 2012',
  },
  'CR-INTAKE-3': { evidence: '', source: 'Cummings Mabry M: OMM in pregnancy (lecture), n.d.' },
  'CR-SCORE-1': {
    evidence: '',
    source: 'PHQ-9 scoring and validation summaries (Kroenke 2001; Löwe 2004), 2001–2004',
  },
  'CR-SCORE-2': {
    evidence: '',
    source: 'PHQ-9 scoring and validation summaries (Kroenke 2001; Löwe 2004), 2001–2004',
  },
  'CR-SCORE-3': {
    evidence: 'limited evidence, with a safer rule where the sources are silent',
    source: 'PHQ-9 scoring and validation summaries (Kroenke 2001; Löwe 2004), 2001–2004',
  },
  'CR-SCORE-4': {
    evidence: 'expert consensus',
    source: 'PHQ-9 scoring and validation summaries (Kroenke 2001; Löwe 2004), 2001–2004',
  },
  'CR-SCORE-5': {
    evidence: '',
    source:
      'Childs JD et al. Responsiveness of the numeric pain rating scale in patients with low back pain. Spine 30(11):1331–1334, 2005',
  },
  'CR-SCORE-6': {
    evidence: '',
    source:
      'Krebs EE et al. Development and initial validation of the PEG, a three-item scale assessing pain intensity and interference. J Gen Intern Med 24(6):733–738, 2009',
  },
  'CR-SCORE-7': {
    evidence: 'limited evidence',
    source:
      'Oswestry Disability Index scoring guides (Fairbank & Pynsent 2000, ODI v2.1a; secondary summaries), n.d.',
  },
  'CR-SCORE-8': {
    evidence: '',
    source:
      'Oswestry Disability Index scoring guides (Fairbank & Pynsent 2000, ODI v2.1a; secondary summaries), n.d.',
  },
  'CR-SCORE-9': {
    evidence: 'limited evidence, with a safer rule where the sources disagree',
    source: 'Oswestry Disability Index minimal clinically important difference (secondary summary), n.d.',
  },
  'CR-SCORE-10': {
    evidence: '',
    source:
      'Neck Disability Index scoring guides (Vernon & Mior; scoring guides and a validation study), n.d.',
  },
  'CR-SCORE-11': {
    evidence: 'limited evidence',
    source:
      'Neck Disability Index scoring guides (Vernon & Mior; scoring guides and a validation study), n.d.',
  },
  'CR-SCORE-12': {
    evidence: '',
    source: 'HIT-6 Headache Impact Test scoring (NINDS common data elements; scoring summaries), n.d.',
  },
  'CR-SCORE-13': {
    evidence: 'limited evidence',
    source: 'HIT-6 Headache Impact Test scoring (NINDS common data elements; scoring summaries), n.d.',
  },
  'CR-SCORE-14': {
    evidence: '',
    source: 'PHQ-9 scoring and validation summaries (Kroenke 2001; Löwe 2004), 2001–2004',
  },
  'CR-AE-1': {
    evidence: '',
    source:
      'Cagnie B et al. How common are side effects of spinal manipulation and can these side effects be predicted? Man Ther 9(3):151–156, 2004',
  },
  'CR-AE-2': {
    evidence: 'expert consensus',
    source: 'StatPearls: muscle energy, counterstrain and their side effects, 2023',
  },
  'CR-AE-3': {
    evidence: '',
    source:
      'Paanalahti K et al. Do adverse events after manual therapy for back and/or neck pain have an impact on the chance to recover? BMC Musculoskelet Disord 15:77, 2014',
  },
  'CR-AE-4': {
    evidence: '',
    source: 'Scientific Reports: serious adverse events after spinal manipulation, 2023',
  },
  'CR-AFTER-1': {
    evidence: 'limited evidence',
    source: 'Osteopathic clinic aftercare pages (Wolff DO and others; secondary), n.d.',
  },
  'CR-AFTER-2': {
    evidence: 'limited evidence',
    source: 'Osteopathic clinic aftercare pages (Wolff DO and others; secondary), n.d.',
  },
  'CR-AFTER-3': {
    evidence: 'limited evidence',
    source: 'Osteopathic clinic aftercare pages (Wolff DO and others; secondary), n.d.',
  },
  'CR-AFTER-4': {
    evidence: 'limited evidence',
    source: 'Osteopathic clinic aftercare pages (Wolff DO and others; secondary), n.d.',
  },
  'CR-AFTER-5': { evidence: 'expert consensus', source: 'StatPearls: suboccipital release, 2023' },
  'CR-AFTER-6': { evidence: '', source: 'StatPearls: back pain in the emergency department, 2023' },
  'CR-CHECKIN-1': {
    evidence: 'expert consensus',
    source: 'StatPearls: back pain in the emergency department, 2023',
  },
  'CR-CHECKIN-2': { evidence: 'expert consensus', source: 'StatPearls: suboccipital release, 2023' },
  'CR-CHECKIN-3': {
    evidence: 'limited evidence',
    source: 'Osteopathic clinic aftercare pages (Wolff DO and others; secondary), n.d.',
  },
  'CR-CHECKIN-4': {
    evidence: 'safer rule chosen because the sources are silent',
    source: 'Osteopathic clinic aftercare pages (Wolff DO and others; secondary), n.d.',
  },
  'CR-CHECKIN-5': {
    evidence: 'expert consensus',
    source: 'Osteopathic clinic aftercare pages (Wolff DO and others; secondary), n.d.',
  },
  'CR-CHECKIN-6': {
    evidence: 'safer rule chosen because the sources give no threshold',
    source: 'Osteopathic clinic aftercare pages (Wolff DO and others; secondary), n.d.',
  },
  'CR-CHECKIN-7': {
    evidence: 'limited evidence',
    source: 'Osteopathic clinic aftercare pages (Wolff DO and others; secondary), n.d.',
  },
  'CR-CHECKIN-8': {
    evidence: '',
    source:
      'Cagnie B et al. How common are side effects of spinal manipulation and can these side effects be predicted? Man Ther 9(3):151–156, 2004',
  },
  'CR-EVID-1': {
    evidence: '',
    source:
      'Licciardone JC et al. Osteopathic manipulative treatment and ultrasound therapy for chronic low back pain: a randomized controlled trial. Ann Fam Med 11(2):122–129, 2013',
  },
  'CR-EVID-2': {
    evidence: 'limited evidence',
    source:
      'Cerritelli F et al. Effects of osteopathic manipulative treatment on chronic migraine: a 3-armed randomized controlled trial. Complement Ther Med 23(2):149–156, 2015',
  },
};
