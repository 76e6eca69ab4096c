import ArrowBackIcon from '@mui/icons-material/ArrowBack';
import { useMutation, useQuery } from '@apollo/client/react';
import {
  Alert,
  Box,
  Button,
  Chip,
  FormControlLabel,
  FormLabel,
  LinearProgress,
  Link,
  Radio,
  RadioGroup,
  Stack,
  TextField,
  Typography,
} from '@mui/material';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useParams } from 'react-router';
import { Section } from '../../forms/section';
import type { AssessmentDetailFragment } from '../../gql/graphql';
import { NotFoundScreen } from '../not-found/not-found-screen';
import { formatLocalDate, isNotFound } from '../referral-inbox/referral-common';
import { useLanguage } from '../../i18n/use-language';
import { translateCoordinationError } from '../coordination-common/coordination-errors';
import { actionPath, ID_PATTERN, mechanismPath } from '../coordination-common/meeting-terms';
import { AssessmentDetailDocument, CompleteAssessmentDocument, SaveAssessmentDocument } from './assessments.generated';
import { linesOf } from './assessment-terms';
import { MakeActionDialog } from './make-action-dialog';

const SCORES = [1, 2, 3, 4] as const;

/** An assessment: the form while it is a draft of the reader's secretariat, its summary otherwise. */
export function AssessmentScreen() {
  const { id = '' } = useParams();
  if (!ID_PATTERN.test(id)) return <NotFoundScreen />;
  return <AssessmentPage id={id} />;
}

function AssessmentPage({ id }: { id: string }) {
  const { t } = useTranslation();
  const [language] = useLanguage();
  const { data, loading, error, refetch } = useQuery(AssessmentDetailDocument, {
    variables: { id },
    context: { handlesErrors: true },
  });
  if (isNotFound(error)) return <NotFoundScreen />;
  if (loading && !data) return <LinearProgress aria-label={t('coordinationWork.loading')} />;
  if (!data?.assessment) return <Alert severity="error">{translateCoordinationError(error, t).message}</Alert>;
  const assessment = data.assessment;
  return (
    <Stack spacing={2.5} sx={{ maxWidth: 1000 }}>
      <Box>
        <Button
          component={RouterLink}
          to={mechanismPath(assessment.mechanismId)}
          startIcon={<ArrowBackIcon />}
          size="small"
        >
          {t('coordinationWork.assessment.back')}
        </Button>
      </Box>
      <Box component="header">
        <Typography variant="h1">{assessment.place}</Typography>
        <Typography color="text.secondary">
          {t('coordinationWork.assessment.subtitle', {
            template: assessment.templateTitle,
            date: formatLocalDate(assessment.assessedOn, language) || String(assessment.assessedOn),
            assessors: assessment.assessors.join(', '),
          })}
        </Typography>
        <Stack direction="row" spacing={1} useFlexGap sx={{ mt: 1, flexWrap: 'wrap' }}>
          <Chip label={t(`coordinationWork.assessment.statusName.${assessment.status}`)} variant="outlined" />
          <Chip
            color={
              assessment.progress.total > 0 && assessment.progress.done === assessment.progress.total
                ? 'success'
                : 'default'
            }
            label={t('coordinationWork.assessment.progress', {
              done: assessment.progress.done,
              total: assessment.progress.total,
            })}
          />
        </Stack>
      </Box>
      {assessment.canUpdate ? (
        <AssessmentForm assessment={assessment} key={assessment.id} />
      ) : (
        <AssessmentSummary assessment={assessment} />
      )}
      <Recommendations assessment={assessment} onChanged={() => void refetch()} />
    </Stack>
  );
}

function AssessmentSummary({ assessment }: { assessment: AssessmentDetailFragment }) {
  const { t } = useTranslation();
  const answerOf = new Map(assessment.answers.map((answer) => [answer.questionKey, answer]));
  return (
    <>
      {assessment.sections.map((section) => (
        <Section key={section.title} title={section.title || t('coordinationWork.assessment.questions')}>
          <Box component="dl" sx={{ m: 0 }}>
            {section.questions.map((question) => {
              const answer = answerOf.get(question.key);
              return (
                <Box key={question.key} sx={{ mb: 1.5 }}>
                  <Typography component="dt" sx={{ fontWeight: 600 }}>
                    {question.text}
                  </Typography>
                  <Typography component="dd" sx={{ m: 0 }}>
                    {answer?.score
                      ? t('coordinationWork.assessment.scoreOf', { score: answer.score })
                      : t('coordinationWork.assessment.unscored')}
                    {answer?.comment ? ` — ${answer.comment}` : ''}
                  </Typography>
                </Box>
              );
            })}
          </Box>
        </Section>
      ))}
      <Section title={t('coordinationWork.assessment.findings')}>
        <Typography sx={{ whiteSpace: 'pre-wrap' }}>
          {assessment.findings || t('coordinationWork.assessment.noFindings')}
        </Typography>
      </Section>
    </>
  );
}

interface Draft {
  answers: Record<string, { score: number | null; comment: string }>;
  findings: string;
  recommendations: { id: string | null; text: string }[];
  place: string;
  assessedOn: string;
  assessors: string;
}

function draftOf(assessment: AssessmentDetailFragment): Draft {
  return {
    answers: Object.fromEntries(
      assessment.answers.map((answer) => [
        answer.questionKey,
        { score: answer.score ?? null, comment: answer.comment },
      ]),
    ),
    findings: assessment.findings,
    recommendations: assessment.recommendations.map((r) => ({ id: r.id, text: r.text })),
    place: assessment.place,
    assessedOn: String(assessment.assessedOn),
    assessors: assessment.assessors.join('\n'),
  };
}

function AssessmentForm({ assessment }: { assessment: AssessmentDetailFragment }) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState<Draft>(() => draftOf(assessment));
  const [saved, setSaved] = useState(false);
  const [save, saving] = useMutation(SaveAssessmentDocument);
  const [complete, completing] = useMutation(CompleteAssessmentDocument);
  const [problem, setProblem] = useState<ReturnType<typeof translateCoordinationError> | null>(null);
  const answer = (key: string) => draft.answers[key] ?? { score: null, comment: '' };
  const setAnswer = (key: string, change: Partial<{ score: number | null; comment: string }>) =>
    setDraft({ ...draft, answers: { ...draft.answers, [key]: { ...answer(key), ...change } } });
  const input = () => ({
    place: draft.place,
    assessedOn: draft.assessedOn,
    assessors: linesOf(draft.assessors),
    findings: draft.findings,
    answers: Object.entries(draft.answers).map(([questionKey, a]) => ({
      questionKey,
      score: a.score,
      comment: a.comment,
    })),
    recommendations: draft.recommendations.filter((r) => r.id || r.text.trim()),
  });
  const onSave = async () => {
    setProblem(null);
    setSaved(false);
    try {
      const result = await save({ variables: { id: assessment.id, input: input() } });
      setDraft(draftOf(result.data!.saveAssessment));
      setSaved(true);
      return true;
    } catch (error) {
      setProblem(translateCoordinationError(error, t));
      return false;
    }
  };
  const onComplete = async () => {
    if (!(await onSave())) return;
    try {
      await complete({ variables: { id: assessment.id } });
    } catch (error) {
      setProblem(translateCoordinationError(error, t));
    }
  };
  const keyIndex = new Map(Object.keys(draft.answers).map((key, index) => [key, index]));
  const fieldProblem = (path: string) => problem?.fields[path];
  return (
    <>
      {assessment.sections.map((section) => (
        <Section key={section.title} title={section.title || t('coordinationWork.assessment.questions')}>
          <Stack spacing={2}>
            {section.questions.map((question) => (
              <Box key={question.key} component="fieldset" sx={{ border: 0, p: 0, m: 0 }}>
                <FormLabel component="legend" sx={{ color: 'text.primary', fontWeight: 600 }}>
                  {question.text}
                </FormLabel>
                <RadioGroup
                  row
                  value={answer(question.key).score ?? ''}
                  onChange={(event) => setAnswer(question.key, { score: Number(event.target.value) })}
                >
                  {SCORES.map((score) => (
                    <FormControlLabel
                      key={score}
                      value={score}
                      control={<Radio />}
                      label={t(`coordinationWork.assessment.score.${score}`)}
                    />
                  ))}
                </RadioGroup>
                <TextField
                  size="small"
                  fullWidth
                  label={t('coordinationWork.assessment.comment')}
                  value={answer(question.key).comment}
                  onChange={(event) => setAnswer(question.key, { comment: event.target.value })}
                  error={!!fieldProblem(`input.answers.${keyIndex.get(question.key)}.comment`)}
                  helperText={fieldProblem(`input.answers.${keyIndex.get(question.key)}.comment`)}
                  slotProps={{ htmlInput: { maxLength: 2000 } }}
                />
              </Box>
            ))}
          </Stack>
        </Section>
      ))}
      <Section title={t('coordinationWork.assessment.findings')}>
        <TextField
          multiline
          minRows={4}
          fullWidth
          label={t('coordinationWork.assessment.findings')}
          value={draft.findings}
          onChange={(event) => setDraft({ ...draft, findings: event.target.value })}
          error={!!fieldProblem('input.findings')}
          helperText={fieldProblem('input.findings')}
          slotProps={{ htmlInput: { maxLength: 10000 } }}
        />
      </Section>
      <Section title={t('coordinationWork.assessment.recommendationsEdit')}>
        <Stack spacing={1.5}>
          {draft.recommendations.map((recommendation, index) => (
            <TextField
              key={recommendation.id ?? `new-${index}`}
              multiline
              fullWidth
              label={t('coordinationWork.assessment.recommendationN', { n: index + 1 })}
              value={recommendation.text}
              onChange={(event) =>
                setDraft({
                  ...draft,
                  recommendations: draft.recommendations.map((r, i) =>
                    i === index ? { ...r, text: event.target.value } : r,
                  ),
                })
              }
              error={!!fieldProblem(`input.recommendations.${index}.text`)}
              helperText={fieldProblem(`input.recommendations.${index}.text`)}
              slotProps={{ htmlInput: { maxLength: 1000 } }}
            />
          ))}
          <Box>
            <Button
              variant="outlined"
              onClick={() =>
                setDraft({ ...draft, recommendations: [...draft.recommendations, { id: null, text: '' }] })
              }
            >
              {t('coordinationWork.assessment.addRecommendation')}
            </Button>
          </Box>
        </Stack>
      </Section>
      {problem && <Alert severity="error">{problem.fields.answers ?? problem.message}</Alert>}
      {saved && <Alert severity="success">{t('coordinationWork.assessment.saved')}</Alert>}
      <Stack direction="row" spacing={1}>
        <Button variant="outlined" onClick={() => void onSave()} disabled={saving.loading}>
          {t('coordinationWork.assessment.save')}
        </Button>
        <Button variant="contained" onClick={() => void onComplete()} disabled={saving.loading || completing.loading}>
          {t('coordinationWork.assessment.complete')}
        </Button>
      </Stack>
    </>
  );
}

/** The saved recommendations with their action items, and "Make it an action" for the secretariat. */
function Recommendations({ assessment, onChanged }: { assessment: AssessmentDetailFragment; onChanged: () => void }) {
  const { t } = useTranslation();
  const [language] = useLanguage();
  const [making, setMaking] = useState<AssessmentDetailFragment['recommendations'][number] | null>(null);
  return (
    <Section title={t('coordinationWork.assessment.recommendations')}>
      {assessment.recommendations.length === 0 && (
        <Typography color="text.secondary">{t('coordinationWork.assessment.noRecommendations')}</Typography>
      )}
      <Box component="ol" sx={{ pl: 3, m: 0 }}>
        {assessment.recommendations.map((recommendation) => (
          <Box component="li" key={recommendation.id} sx={{ mb: 1.5 }}>
            <Typography>{recommendation.text}</Typography>
            {recommendation.actionItem ? (
              <Typography variant="body2">
                <Link component={RouterLink} to={actionPath(recommendation.actionItem.id)}>
                  {t('coordinationWork.assessment.actionOf', {
                    agency: recommendation.actionItem.ownerAgency.acronym,
                    date:
                      formatLocalDate(recommendation.actionItem.dueDate, language) ||
                      String(recommendation.actionItem.dueDate),
                  })}
                </Link>{' '}
                · {t(`coordination.actionStatus.${recommendation.actionItem.status}`)}
                {recommendation.actionItem.overdue && ` · ${t('coordinationWork.assessment.overdue')}`}
              </Typography>
            ) : (
              assessment.canMakeActions && (
                <Button size="small" onClick={() => setMaking(recommendation)}>
                  {t('coordinationWork.assessment.makeAction')}
                </Button>
              )
            )}
          </Box>
        ))}
      </Box>
      {making && (
        <MakeActionDialog
          mechanismId={assessment.mechanismId}
          recommendation={making}
          onClose={() => setMaking(null)}
          onMade={() => {
            setMaking(null);
            onChanged();
          }}
        />
      )}
    </Section>
  );
}
