import { useTranslation } from 'react-i18next';
import { Navigate } from 'react-router';
import { useSession } from '../../session/session';
import { DashboardSkeleton } from '../../ui/skeletons';
import { MemberHome } from './member-home';

/**
 * Members see their work; a visitor is taken to the sign-in page, the one thing Enlace offers them (the service
 * status is for the platform's operators, `/status`).
 */
export function HomeScreen() {
  const { t } = useTranslation();
  const { user, loading } = useSession();
  if (user) return <MemberHome agency={user.agency.acronym} />;
  if (loading) return <DashboardSkeleton label={t('app.loading')} />;
  return <Navigate to="/sign-in" replace />;
}
