import { useState } from 'react';
import type { Chart } from '@omt/contracts';
import { API } from '../../api/endpoints';
import { useApiQuery } from '../../api/use-api';
import { usePageTitle } from '../../components/app-shell';
import { LoadState, StatusMessage } from '../../components/messages';
import { Link } from '../../router';
import { useSession } from '../../session';
import { ChartHeaderCard } from './chart-header';
import { ChartLists } from './chart-lists';
import { FromIntake } from './from-intake';
import { Timeline } from './timeline';
import { CarePlanSection } from './care-plan/care-plan-section';
import { OutcomeCharts } from './outcome-charts';
import { OutsideResults } from './outside-results';
import './chart.css';

/**
 * A patient's chart: the header for every staff role; for clinicians the timeline, what the intake reported and
 * the lists with their forms, and the results other systems sent (read-only).
 */
export function ChartPage({ patientId }: { patientId: string }) {
  const { user } = useSession();
  const loaded = useApiQuery(API.getChart, { params: { id: patientId } });
  const [message, setMessage] = useState('');
  const chart = loaded.data;
  usePageTitle(chart ? `Chart: ${chart.header.name}` : 'Chart');
  if (!chart) return <LoadState loading={loaded.loading} error={loaded.error} what="the chart" />;
  const clinician = user.role === 'physician' || user.role === 'resident';
  const changed = (next: Chart, text: string) => {
    loaded.setData(next);
    setMessage(text);
  };
  return (
    <>
      <h1>{chart.header.name}</h1>
      <p>
        <Link to={`/patients/${patientId}`}>Registration details</Link>
      </p>
      <ChartHeaderCard header={chart.header} />
      <StatusMessage>{message}</StatusMessage>
      {clinician && (
        <div className="chart-columns">
          <Timeline patientId={patientId} />
          <div>
            <CarePlanSection
              patientId={patientId}
              problemCodes={chart.header.activeProblems.flatMap((p) => (p.icd10 ? [p.icd10] : []))}
            />
            <OutcomeCharts patientId={patientId} />
            <FromIntake patientId={patientId} items={chart.fromIntake ?? []} onChanged={changed} />
            <ChartLists patientId={patientId} chart={chart} editable onChanged={changed} />
            <OutsideResults patientId={patientId} />
          </div>
        </div>
      )}
    </>
  );
}
