import AccountIcon from '@mui/icons-material/AccountCircleOutlined';
import AuditIcon from '@mui/icons-material/FactCheckOutlined';
import HomeIcon from '@mui/icons-material/HomeOutlined';
import StatusIcon from '@mui/icons-material/MonitorHeartOutlined';
import InboxIcon from '@mui/icons-material/InboxOutlined';
import NoteAddIcon from '@mui/icons-material/NoteAddOutlined';
import OutboxIcon from '@mui/icons-material/OutboxOutlined';
import AdminIcon from '@mui/icons-material/AdminPanelSettingsOutlined';
import CaseloadIcon from '@mui/icons-material/FolderSharedOutlined';
import PersonAddIcon from '@mui/icons-material/PersonAddOutlined';
import ServiceReferralsIcon from '@mui/icons-material/MoveToInboxOutlined';
import DirectoryIcon from '@mui/icons-material/MenuBookOutlined';
import BorderReferralIcon from '@mui/icons-material/HealthAndSafetyOutlined';
import CoordinationIcon from '@mui/icons-material/Diversity3Outlined';
import DurablePlansIcon from '@mui/icons-material/RouteOutlined';
import SolutionReferralsIcon from '@mui/icons-material/MoveToInboxOutlined';
import FollowUpCalendarIcon from '@mui/icons-material/EventNoteOutlined';
import StatisticsIcon from '@mui/icons-material/BarChartOutlined';
import IdentityCheckIcon from '@mui/icons-material/PersonSearchOutlined';
import BulletinIcon from '@mui/icons-material/CampaignOutlined';
import type { SvgIconProps } from '@mui/material';

/** The menu's icons but the sign-in one: downloaded once someone is signed in (menu-icon.tsx). */
export const MENU_ICONS = {
  account: AccountIcon,
  audit: AuditIcon,
  home: HomeIcon,
  status: StatusIcon,
  inbox: InboxIcon,
  noteAdd: NoteAddIcon,
  outbox: OutboxIcon,
  admin: AdminIcon,
  caseload: CaseloadIcon,
  personAdd: PersonAddIcon,
  serviceReferrals: ServiceReferralsIcon,
  directory: DirectoryIcon,
  borderReferral: BorderReferralIcon,
  coordination: CoordinationIcon,
  durablePlans: DurablePlansIcon,
  solutionReferrals: SolutionReferralsIcon,
  followUpCalendar: FollowUpCalendarIcon,
  statistics: StatisticsIcon,
  identityCheck: IdentityCheckIcon,
  bulletin: BulletinIcon,
};

export function LoadedMenuIcon({ name, ...props }: { name: keyof typeof MENU_ICONS } & SvgIconProps) {
  const Icon = MENU_ICONS[name];
  return <Icon {...props} />;
}
