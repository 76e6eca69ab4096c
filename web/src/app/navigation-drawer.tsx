import { Drawer, Toolbar } from '@mui/material';
import { DRAWER_WIDTH } from './app-shell';
import { NavigationList } from './navigation-list';

/** The menu on small screens: slides over the page and closes after a choice. Its own chunk (see app-shell). */
export function NavigationDrawer({ open, onClose }: { open: boolean; onClose: () => void }) {
  return (
    <Drawer variant="temporary" open={open} onClose={onClose} sx={{ '& .MuiDrawer-paper': { width: DRAWER_WIDTH } }}>
      <Toolbar />
      <NavigationList onChoose={onClose} />
    </Drawer>
  );
}

export default NavigationDrawer;
