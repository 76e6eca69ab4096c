import ArrowBackIcon from '@mui/icons-material/ArrowBack';
import { useMutation, useQuery } from '@apollo/client/react';
import {
  Alert,
  Box,
  Button,
  Checkbox,
  Chip,
  FormControlLabel,
  FormGroup,
  FormLabel,
  LinearProgress,
  MenuItem,
  Paper,
  Stack,
  TextField,
  Typography,
} from '@mui/material';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { Section } from '../../forms/section';
import { type LibraryDocumentKind, type LibraryDocumentsQuery, type LibraryHandlingCode } from '../../gql/graphql';
import { CreateLibraryDocumentDocument, LibraryDocumentsDocument } from './library.generated';
import { useSession } from '../../session/session';
import { NotFoundScreen } from '../not-found/not-found-screen';
import { isNotFound } from '../referral-inbox/referral-common';
import { ID_PATTERN, mechanismPath } from '../coordination-common/meeting-terms';
import { FileButton } from '../../ui/file-button';

type LibraryDocument = LibraryDocumentsQuery['libraryDocuments'][number];

const KINDS = [
  'PROTOCOL',
  'STANDARD_OPERATING_PROCEDURE',
  'AGREEMENT',
  'TRAINING_MATERIAL',
  'DIAGNOSTIC_STUDY',
  'AWARENESS_MATERIAL',
] as const;
const LANGUAGES = ['es', 'pt', 'en', 'fr'] as const;

/** A mechanism's document library: search, documents within the reader's handling codes, versions, uploads. */
export function LibraryScreen() {
  const { id = '' } = useParams();
  if (!ID_PATTERN.test(id)) return <NotFoundScreen />;
  return <Library mechanismId={id} />;
}

function Library({ mechanismId }: { mechanismId: string }) {
  const { t } = useTranslation();
  const { user } = useSession();
  const [typed, setTyped] = useState('');
  const [search, setSearch] = useState('');
  const { data, loading, error, refetch } = useQuery(LibraryDocumentsDocument, {
    variables: { mechanismId, search: search || null },
    context: { handlesErrors: true },
  });
  if (isNotFound(error) || (data && !data.mechanism)) return <NotFoundScreen />;
  // Offered to the secretariat running the mechanism; the server decides again.
  const isSecretariat =
    !!user?.roles.includes('SECRETARIAT') && user.agency.id === data?.mechanism?.secretariatAgency.id;
  const onSearch = (event: FormEvent) => {
    event.preventDefault();
    setSearch(typed.trim());
  };
  return (
    <Stack spacing={2.5} sx={{ maxWidth: 1100 }}>
      <Box>
        <Button component={Link} to={mechanismPath(mechanismId)} startIcon={<ArrowBackIcon />} size="small">
          {t('coordinationWork.library.back')}
        </Button>
      </Box>
      <Typography variant="h1">{t('coordinationWork.library.title')}</Typography>
      <Box
        component="form"
        role="search"
        onSubmit={onSearch}
        sx={{ display: 'flex', gap: 1, flexWrap: 'wrap', alignItems: 'center' }}
      >
        <TextField
          label={t('coordinationWork.library.search')}
          value={typed}
          onChange={(event) => setTyped(event.target.value)}
          slotProps={{ htmlInput: { maxLength: 200 } }}
          size="small"
          sx={{ flex: '1 1 240px' }}
        />
        <Button type="submit" variant="outlined">
          {t('coordinationWork.library.searchButton')}
        </Button>
      </Box>
      {loading && !data && <LinearProgress aria-label={t('coordinationWork.loading')} />}
      {error && !isNotFound(error) && <Alert severity="error">{t('coordinationWork.error')}</Alert>}
      {data && (
        <Section title={t('coordinationWork.library.documents')}>
          {data.libraryDocuments.length === 0 ? (
            <Typography color="text.secondary">{t('coordinationWork.library.empty')}</Typography>
          ) : (
            <Stack spacing={1.5} component="ul" sx={{ listStyle: 'none', p: 0, m: 0 }}>
              {data.libraryDocuments.map((document) => (
                <DocumentCard key={document.id} document={document} onChanged={() => void refetch()} />
              ))}
            </Stack>
          )}
        </Section>
      )}
      {isSecretariat && data?.mechanism && (
        <NewDocument
          mechanismId={mechanismId}
          agencies={data.mechanism.memberAgencies}
          onCreated={() => void refetch()}
        />
      )}
    </Stack>
  );
}

function DocumentCard({ document, onChanged }: { document: LibraryDocument; onChanged: () => void }) {
  const { t } = useTranslation();
  const [problem, setProblem] = useState<string | null>(null);
  const upload = async (file: File | undefined) => {
    if (!file) return;
    setProblem(null);
    const response = await fetch(`/api/library/documents/${document.id}/versions`, {
      method: 'POST',
      headers: {
        'content-type': file.type || 'application/octet-stream',
        'x-file-name': encodeURIComponent(file.name),
        'x-requested-with': 'enlace',
      },
      body: file,
    });
    if (response.ok) onChanged();
    else setProblem(t('coordinationWork.library.uploadFailed'));
  };
  return (
    <Paper component="li" variant="outlined" sx={{ p: 2 }}>
      <Typography variant="h2" sx={{ fontSize: '1.1rem', mb: 0.5 }}>
        {document.title}
      </Typography>
      <Stack direction="row" spacing={1} useFlexGap sx={{ flexWrap: 'wrap', mb: 1 }}>
        <Chip size="small" label={t(`coordinationWork.library.kind.${document.kind}`)} />
        <Chip size="small" variant="outlined" label={t(`coordinationWork.language.${document.language}`)} />
        <Chip
          size="small"
          variant="outlined"
          label={`${document.handlingCode}: ${t(`coordinationWork.library.handling.${document.handlingCode}`)}`}
        />
      </Stack>
      <Typography variant="body2" sx={{ mb: 1 }}>
        {document.summary}
      </Typography>
      <Stack component="ul" spacing={0.5} sx={{ pl: 2, m: 0 }}>
        {document.versions.map((version) => (
          <li key={version.id}>
            <a href={version.downloadPath} download={version.fileName}>
              {t('coordinationWork.library.version', { number: version.number, fileName: version.fileName })}
            </a>
            {version.note ? ` — ${version.note}` : ''}
          </li>
        ))}
      </Stack>
      {document.canUpdate && (
        <FileButton
          size="small"
          variant="outlined"
          sx={{ mt: 1 }}
          input={{
            'aria-label': t('coordinationWork.library.upload'),
            onChange: (event) => void upload(event.target.files?.[0]),
          }}
        >
          {t('coordinationWork.library.upload')}
        </FileButton>
      )}
      {problem && (
        <Alert severity="error" sx={{ mt: 1 }}>
          {problem}
        </Alert>
      )}
    </Paper>
  );
}

function NewDocument({
  mechanismId,
  agencies,
  onCreated,
}: {
  mechanismId: string;
  agencies: { id: string; acronym: string; name: string }[];
  onCreated: () => void;
}) {
  const { t } = useTranslation();
  const [form, setForm] = useState({ title: '', summary: '', kind: 'PROTOCOL', language: 'es', handlingCode: 'H2' });
  const [named, setNamed] = useState<string[]>([]);
  const [create, { error, loading }] = useMutation(CreateLibraryDocumentDocument, {
    context: { handlesErrors: true },
  });
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const input = {
      ...form,
      kind: form.kind as LibraryDocumentKind,
      handlingCode: form.handlingCode as LibraryHandlingCode,
      namedAgencyIds: form.handlingCode === 'H3' ? named : [],
    };
    const result = await create({ variables: { mechanismId, input } }).catch(() => null);
    if (result?.data) {
      setForm({ ...form, title: '', summary: '' });
      setNamed([]);
      onCreated();
    }
  };
  const field = (name: keyof typeof form) => ({
    value: form[name],
    onChange: (event: { target: { value: string } }) => setForm({ ...form, [name]: event.target.value }),
  });
  return (
    <Section title={t('coordinationWork.library.new')}>
      <Stack component="form" spacing={1.5} onSubmit={submit} sx={{ maxWidth: 640 }}>
        <TextField
          label={t('coordinationWork.library.field.title')}
          required
          {...field('title')}
          slotProps={{ htmlInput: { maxLength: 300 } }}
        />
        <TextField select label={t('coordinationWork.library.field.kind')} {...field('kind')}>
          {KINDS.map((kind) => (
            <MenuItem key={kind} value={kind}>
              {t(`coordinationWork.library.kind.${kind}`)}
            </MenuItem>
          ))}
        </TextField>
        <TextField select label={t('coordinationWork.library.field.language')} {...field('language')}>
          {LANGUAGES.map((language) => (
            <MenuItem key={language} value={language}>
              {t(`coordinationWork.language.${language}`)}
            </MenuItem>
          ))}
        </TextField>
        <TextField select label={t('coordinationWork.library.field.handlingCode')} {...field('handlingCode')}>
          {(['H1', 'H2', 'H3'] as const).map((code) => (
            <MenuItem key={code} value={code}>
              {`${code}: ${t(`coordinationWork.library.handling.${code}`)}`}
            </MenuItem>
          ))}
        </TextField>
        {form.handlingCode === 'H3' && (
          <Box component="fieldset" sx={{ border: 0, p: 0, m: 0 }}>
            <FormLabel component="legend" required>
              {t('coordinationWork.library.field.namedAgencies')}
            </FormLabel>
            <FormGroup row>
              {agencies.map((agency) => (
                <FormControlLabel
                  key={agency.id}
                  label={`${agency.acronym} · ${agency.name}`}
                  control={
                    <Checkbox
                      checked={named.includes(agency.id)}
                      onChange={() =>
                        setNamed(
                          named.includes(agency.id) ? named.filter((id) => id !== agency.id) : [...named, agency.id],
                        )
                      }
                    />
                  }
                />
              ))}
            </FormGroup>
          </Box>
        )}
        <TextField
          label={t('coordinationWork.library.field.summary')}
          required
          multiline
          minRows={3}
          {...field('summary')}
          slotProps={{ htmlInput: { maxLength: 4000 } }}
        />
        {error && <Alert severity="error">{t('coordinationWork.library.createFailed')}</Alert>}
        <Box>
          <Button type="submit" variant="contained" disabled={loading}>
            {t('coordinationWork.library.create')}
          </Button>
        </Box>
      </Stack>
    </Section>
  );
}
