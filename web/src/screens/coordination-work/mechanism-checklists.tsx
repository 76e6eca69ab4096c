import EditIcon from '@mui/icons-material/Edit';
import { useMutation, useQuery } from '@apollo/client/react';
import {
  Alert,
  Box,
  Button,
  Dialog,
  DialogActions,
  DialogContent,
  DialogContentText,
  DialogTitle,
  List,
  ListItem,
  ListItemText,
  Stack,
  TextField,
  Typography,
} from '@mui/material';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ChecklistFieldsFragment } from '../../gql/graphql';
import { translateCoordinationError } from '../coordination-common/coordination-errors';
import { AssessmentTemplatesDocument, UpdateAssessmentTemplateDocument } from './assessments.generated';
import { checklistTextOf, sectionsOf } from './assessment-terms';

const questionCount = (checklist: ChecklistFieldsFragment) =>
  checklist.sections.reduce((sum, section) => sum + section.questions.length, 0);

/**
 * The mechanism's assessment checklists, for its secretariat to correct: a question badly worded is fixed here for
 * the assessments still to come (those begun keep the questions they were begun on).
 */
export function MechanismChecklists({ mechanismId }: { mechanismId: string }) {
  const { t } = useTranslation();
  const { data } = useQuery(AssessmentTemplatesDocument, { variables: { mechanismId } });
  const [editing, setEditing] = useState<ChecklistFieldsFragment | null>(null);
  const [saved, setSaved] = useState(false);
  const checklists = data?.assessmentTemplates ?? [];
  if (checklists.length === 0) return null;
  return (
    <Box component="section" aria-labelledby="mechanism-checklists-title">
      <Typography variant="subtitle1" component="h3" id="mechanism-checklists-title" sx={{ fontWeight: 600, mt: 1 }}>
        {t('coordinationWork.assessment.checklists')}
      </Typography>
      {saved && (
        <Alert severity="success" onClose={() => setSaved(false)} sx={{ mb: 1 }}>
          {t('coordinationWork.assessment.checklistSaved')}
        </Alert>
      )}
      <List dense disablePadding>
        {checklists.map((checklist) => (
          <ListItem
            key={checklist.id}
            disableGutters
            secondaryAction={
              <Button
                size="small"
                startIcon={<EditIcon />}
                aria-label={t('coordinationWork.assessment.changeChecklistNamed', { title: checklist.title })}
                onClick={() => {
                  setSaved(false);
                  setEditing(checklist);
                }}
              >
                {t('coordinationWork.assessment.changeChecklist')}
              </Button>
            }
            sx={{ pr: 14 }}
          >
            <ListItemText
              primary={checklist.title}
              secondary={t('coordinationWork.assessment.checklistSize', {
                sections: checklist.sections.length,
                questions: questionCount(checklist),
              })}
            />
          </ListItem>
        ))}
      </List>
      {editing && (
        <ChecklistDialog
          checklist={editing}
          onClose={() => setEditing(null)}
          onSaved={() => {
            setEditing(null);
            setSaved(true);
          }}
        />
      )}
    </Box>
  );
}

/** Changes a checklist's title and questions, typed as when it was made (`#` opens a section). */
function ChecklistDialog({
  checklist,
  onClose,
  onSaved,
}: {
  checklist: ChecklistFieldsFragment;
  onClose: () => void;
  onSaved: () => void;
}) {
  const { t } = useTranslation();
  const [title, setTitle] = useState(checklist.title);
  const [text, setText] = useState(() => checklistTextOf(checklist.sections));
  const [update, updating] = useMutation(UpdateAssessmentTemplateDocument);
  const [problem, setProblem] = useState<ReturnType<typeof translateCoordinationError> | null>(null);
  const fieldError = (path: string) => problem?.fields[path];
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setProblem(null);
    try {
      await update({ variables: { id: checklist.id, input: { title, sections: sectionsOf(text) } } });
      onSaved();
    } catch (error) {
      setProblem(translateCoordinationError(error, t));
    }
  };
  return (
    <Dialog open onClose={onClose} fullWidth maxWidth="sm" aria-labelledby="change-checklist-title">
      <Box component="form" onSubmit={(event) => void submit(event)} noValidate>
        <DialogTitle id="change-checklist-title">{t('coordinationWork.assessment.changeChecklistTitle')}</DialogTitle>
        <DialogContent>
          <Stack spacing={2} sx={{ pt: 1 }}>
            <DialogContentText>{t('coordinationWork.assessment.changeChecklistNote')}</DialogContentText>
            <TextField
              required
              label={t('coordinationWork.assessment.templateTitle')}
              value={title}
              onChange={(event) => setTitle(event.target.value)}
              error={!!fieldError('input.title')}
              helperText={fieldError('input.title')}
              slotProps={{ htmlInput: { maxLength: 200 } }}
            />
            <TextField
              required
              multiline
              minRows={6}
              label={t('coordinationWork.assessment.checklist')}
              value={text}
              onChange={(event) => setText(event.target.value)}
              error={!!fieldError('input.sections')}
              helperText={fieldError('input.sections') ?? t('coordinationWork.assessment.checklistHelp')}
            />
            {problem && <Alert severity="error">{problem.message}</Alert>}
          </Stack>
        </DialogContent>
        <DialogActions>
          <Button onClick={onClose}>{t('coordinationWork.assessment.cancel')}</Button>
          <Button type="submit" variant="contained" disabled={updating.loading}>
            {t('coordinationWork.assessment.saveChecklist')}
          </Button>
        </DialogActions>
      </Box>
    </Dialog>
  );
}
