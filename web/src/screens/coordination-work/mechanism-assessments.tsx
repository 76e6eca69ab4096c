import AddIcon from '@mui/icons-material/Add';
import { useMutation, useQuery } from '@apollo/client/react';
import {
  Alert,
  Box,
  Button,
  Chip,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  LinearProgress,
  Link,
  MenuItem,
  Stack,
  TextField,
  Typography,
} from '@mui/material';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../../i18n/use-language';
import { formatLocalDate } from '../referral-inbox/referral-common';
import { Link as RouterLink, useNavigate } from 'react-router';
import { Section } from '../../forms/section';
import { RecordTable } from '../../ui/record-table';
import { translateCoordinationError } from '../coordination-common/coordination-errors';
import {
  AssessmentTemplatesDocument,
  CreateAssessmentTemplateDocument,
  MechanismAssessmentsDocument,
  StartAssessmentDocument,
} from './assessments.generated';
import { assessmentPath, linesOf, sectionsOf, today } from './assessment-terms';
import { MechanismChecklists } from './mechanism-checklists';
import { MechanismTrainings, type MechanismForTrainings } from './mechanism-trainings';
import { DateField } from '../../ui/date-field';

/** The mechanism page's "Assessments" and "Trainings" sections. */
export function MechanismAssessments({
  mechanism,
  isSecretariat,
}: {
  mechanism: MechanismForTrainings;
  isSecretariat: boolean;
}) {
  const { t } = useTranslation();
  const [language] = useLanguage();
  const [starting, setStarting] = useState(false);
  const { data, loading, error, refetch } = useQuery(MechanismAssessmentsDocument, {
    variables: { mechanismId: mechanism.id },
    context: { handlesErrors: true },
  });
  if (loading && !data) return <LinearProgress aria-label={t('coordinationWork.loading')} />;
  if (!data) return <Alert severity="error">{translateCoordinationError(error, t).message}</Alert>;
  return (
    <>
      <Section title={t('coordinationWork.assessment.sectionTitle')}>
        <Stack spacing={1.5}>
          {isSecretariat && (
            <Box>
              <Button variant="outlined" startIcon={<AddIcon />} onClick={() => setStarting(true)}>
                {t('coordinationWork.assessment.new')}
              </Button>
            </Box>
          )}
          {data.assessments.length === 0 ? (
            <Typography color="text.secondary">{t('coordinationWork.assessment.none')}</Typography>
          ) : (
            <RecordTable
              label={t('coordinationWork.assessment.sectionTitle')}
              rows={data.assessments}
              rowKey={(assessment) => assessment.id}
              columns={[
                {
                  header: t('coordinationWork.assessment.place'),
                  cell: (assessment) => (
                    <>
                      <Link component={RouterLink} to={assessmentPath(assessment.id)}>
                        {assessment.place}
                      </Link>
                      <Typography variant="body2" color="text.secondary">
                        {assessment.templateTitle}
                      </Typography>
                    </>
                  ),
                },
                {
                  header: t('coordinationWork.assessment.date'),
                  cell: (assessment) =>
                    formatLocalDate(assessment.assessedOn, language) || String(assessment.assessedOn),
                },
                {
                  header: t('coordinationWork.assessment.status'),
                  cell: (assessment) => (
                    <Chip
                      size="small"
                      variant="outlined"
                      label={t(`coordinationWork.assessment.statusName.${assessment.status}`)}
                    />
                  ),
                },
                {
                  header: t('coordinationWork.assessment.progressColumn'),
                  cell: (assessment) =>
                    t('coordinationWork.assessment.progress', {
                      done: assessment.progress.done,
                      total: assessment.progress.total,
                    }),
                },
              ]}
            />
          )}
          {isSecretariat && <MechanismChecklists mechanismId={mechanism.id} />}
        </Stack>
      </Section>
      <MechanismTrainings
        mechanism={mechanism}
        trainings={data.trainings}
        isSecretariat={isSecretariat}
        onRecorded={() => void refetch()}
      />
      {starting && <StartAssessmentDialog mechanismId={mechanism.id} onClose={() => setStarting(false)} />}
    </>
  );
}

/** Begins an assessment on one of the mechanism's checklists, or on a new checklist typed here. */
function StartAssessmentDialog({ mechanismId, onClose }: { mechanismId: string; onClose: () => void }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const templates = useQuery(AssessmentTemplatesDocument, { variables: { mechanismId } });
  const [form, setForm] = useState({
    templateId: '',
    newTitle: '',
    newChecklist: '',
    place: '',
    date: today(),
    assessors: '',
  });
  const [createTemplate, creating] = useMutation(CreateAssessmentTemplateDocument);
  const [start, starting] = useMutation(StartAssessmentDocument);
  const [problem, setProblem] = useState<ReturnType<typeof translateCoordinationError> | null>(null);
  const field = (name: keyof typeof form) => ({
    value: form[name],
    onChange: (event: { target: { value: string } }) => setForm({ ...form, [name]: event.target.value }),
  });
  const fieldError = (path: string) => problem?.fields[path];
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setProblem(null);
    try {
      let templateId = form.templateId;
      if (!templateId || templateId === 'new') {
        const created = await createTemplate({
          variables: { mechanismId, input: { title: form.newTitle, sections: sectionsOf(form.newChecklist) } },
        });
        templateId = created.data!.createAssessmentTemplate.id;
      }
      const started = await start({
        variables: {
          templateId,
          input: { place: form.place, assessedOn: form.date, assessors: linesOf(form.assessors) },
        },
      });
      void navigate(assessmentPath(started.data!.startAssessment.id));
    } catch (error) {
      setProblem(translateCoordinationError(error, t));
    }
  };
  const list = templates.data?.assessmentTemplates ?? [];
  const newTemplate = list.length === 0 || form.templateId === 'new';
  return (
    <Dialog open onClose={onClose} fullWidth maxWidth="sm" aria-labelledby="start-assessment-title">
      <Box component="form" onSubmit={(event) => void submit(event)} noValidate>
        <DialogTitle id="start-assessment-title">{t('coordinationWork.assessment.new')}</DialogTitle>
        <DialogContent>
          <Stack spacing={2} sx={{ pt: 1 }}>
            {list.length > 0 && (
              <TextField select required label={t('coordinationWork.assessment.template')} {...field('templateId')}>
                {list.map((template) => (
                  <MenuItem key={template.id} value={template.id}>
                    {template.title}
                  </MenuItem>
                ))}
                <MenuItem value="new">{t('coordinationWork.assessment.newTemplate')}</MenuItem>
              </TextField>
            )}
            {newTemplate && (
              <>
                <TextField
                  required
                  label={t('coordinationWork.assessment.templateTitle')}
                  {...field('newTitle')}
                  error={!!fieldError('input.title')}
                  helperText={fieldError('input.title')}
                  slotProps={{ htmlInput: { maxLength: 200 } }}
                />
                <TextField
                  required
                  multiline
                  minRows={5}
                  label={t('coordinationWork.assessment.checklist')}
                  {...field('newChecklist')}
                  error={!!fieldError('input.sections')}
                  helperText={fieldError('input.sections') ?? t('coordinationWork.assessment.checklistHelp')}
                />
              </>
            )}
            <TextField
              required
              label={t('coordinationWork.assessment.place')}
              helperText={fieldError('input.place') ?? t('coordinationWork.assessment.placeHelp')}
              error={!!fieldError('input.place')}
              {...field('place')}
              slotProps={{ htmlInput: { maxLength: 200 } }}
            />
            <DateField
              required
              label={t('coordinationWork.assessment.date')}
              {...field('date')}
              onChange={(day: string) => setForm({ ...form, date: day })}
            />
            <TextField
              required
              multiline
              minRows={2}
              label={t('coordinationWork.assessment.assessors')}
              helperText={fieldError('input.assessors') ?? t('coordinationWork.assessment.assessorsHelp')}
              error={!!fieldError('input.assessors')}
              {...field('assessors')}
            />
            {problem && <Alert severity="error">{problem.message}</Alert>}
          </Stack>
        </DialogContent>
        <DialogActions>
          <Button onClick={onClose}>{t('coordinationWork.assessment.cancel')}</Button>
          <Button type="submit" variant="contained" disabled={creating.loading || starting.loading}>
            {t('coordinationWork.assessment.begin')}
          </Button>
        </DialogActions>
      </Box>
    </Dialog>
  );
}
