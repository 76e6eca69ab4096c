import HomeIcon from '@mui/icons-material/HomeOutlined';
import LoginIcon from '@mui/icons-material/LoginOutlined';
import InboxIcon from '@mui/icons-material/InboxOutlined';
import NoteAddIcon from '@mui/icons-material/NoteAddOutlined';
import OutboxIcon from '@mui/icons-material/OutboxOutlined';
import type { SvgIconComponent } from '@mui/icons-material';
import type { ScreenNamespace } from '../i18n/i18n';
import type { LazyRouteFunction, NonIndexRouteObject } from 'react-router';

/**
 * Every screen of the app, in menu order. A screen is a folder under src/screens/<name>/ whose `route.tsx`
 * exports `Component`; adding one is that folder plus one entry here (see web/README.md). `lazy` makes each
 * screen its own chunk, downloaded the first time someone opens it.
 */
export interface Screen {
  path: string;
  /** Catalogue key of the screen's name: the page title and, when `icon` is set, its menu entry. */
  titleKey: string;
  icon?: SvgIconComponent;
  /** Whom the menu offers it to; the server still decides what each user may load. Default: everyone. */
  audience?: 'visitors' | 'members';
  /** Catalogue namespaces the screen's texts live in (besides the shell's), fetched with its code. */
  namespaces?: readonly ScreenNamespace[];
  lazy: LazyRouteFunction<NonIndexRouteObject>;
}

export const SCREENS: Screen[] = [
  {
    path: '/',
    titleKey: 'nav.home',
    icon: HomeIcon,
    namespaces: ['referrals'],
    lazy: () => import('../screens/home/route'),
  },
  {
    path: '/sign-in',
    titleKey: 'nav.signIn',
    icon: LoginIcon,
    audience: 'visitors',
    lazy: () => import('../screens/sign-in/route'),
  },
  {
    path: '/referrals/inbox',
    titleKey: 'nav.referralInbox',
    icon: InboxIcon,
    audience: 'members',
    namespaces: ['referrals'],
    lazy: () => import('../screens/referral-inbox/route'),
  },
  {
    path: '/referrals/outbox',
    titleKey: 'nav.referralOutbox',
    icon: OutboxIcon,
    audience: 'members',
    namespaces: ['referrals'],
    lazy: () => import('../screens/referral-inbox/route'),
  },
  {
    path: '/referrals/forwarded',
    titleKey: 'nav.forwardedReferrals',
    icon: InboxIcon,
    audience: 'members',
    namespaces: ['referrals'],
    lazy: () => import('../screens/forwarded-referrals/route'),
  },
  {
    path: '/referrals/new',
    titleKey: 'nav.newReferral',
    icon: NoteAddIcon,
    audience: 'members',
    namespaces: ['referrals'],
    lazy: () => import('../screens/new-referral/route'),
  },
  {
    path: '/referrals/:id/edit',
    titleKey: 'nav.referralDraft',
    namespaces: ['referrals'],
    lazy: () => import('../screens/referral-draft/route'),
  },
  {
    path: '/referrals/:id',
    titleKey: 'nav.referralDetail',
    namespaces: ['referrals'],
    lazy: () => import('../screens/referral-detail/route'),
  },
];
