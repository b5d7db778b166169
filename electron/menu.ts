/** A minimal Indonesian application menu: the default Electron menu is English and too busy. */
import { Menu, app, dialog } from 'electron';
import type { MenuItemConstructorOptions } from 'electron';

function showAbout(): void {
  void dialog.showMessageBox({
    type: 'info',
    title: 'Tentang Meja Kinerja',
    message: 'Meja Kinerja',
    detail: `Versi ${app.getVersion()}\nPengelolaan kinerja pegawai (e-Kinerja) yang tetap berjalan tanpa internet.`,
    buttons: ['Tutup'],
  });
}

/** Installs the menu; call once after `app` is ready. */
export function installMenu(): void {
  const isMac = process.platform === 'darwin';
  const template: MenuItemConstructorOptions[] = [
    // macOS puts the app-name menu first and expects Quit there.
    ...(isMac ? [{ label: app.name, submenu: [{ role: 'about', label: 'Tentang' }, { role: 'quit', label: 'Keluar' }] } satisfies MenuItemConstructorOptions] : []),
    { label: 'Berkas', submenu: [{ role: isMac ? 'close' : 'quit', label: isMac ? 'Tutup Jendela' : 'Keluar' }] },
    {
      label: 'Tampilan',
      submenu: [
        { role: 'reload', label: 'Muat ulang' },
        // Developer tools only in development; officials should not stumble into them.
        ...(app.isPackaged ? [] : [{ role: 'toggleDevTools', label: 'Alat Pengembang' } satisfies MenuItemConstructorOptions]),
      ],
    },
    { label: 'Bantuan', submenu: [{ label: 'Tentang Meja Kinerja', click: showAbout }] },
  ];
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
}
