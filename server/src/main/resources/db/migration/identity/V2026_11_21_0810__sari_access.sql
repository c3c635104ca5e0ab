-- Permission codes, role grants and menus for SARI (seed 000). Operators register lots and see
-- their own; QC supervisors review and sign; warehouse staff slot and dispatch; the SARI manager
-- reads everything and watches the readiness dashboard.

INSERT INTO adm_permission (module, action, code, name, description) VALUES
    ('SARI', 'create',  'LOT.INTAKE',     'Penerimaan lot',        'Daftarkan lot bahan baru beserta foto sampel dan CoA pemasok'),
    ('SARI', 'read',    'LOT.READ',       'Lihat semua lot',       'Lihat semua lot SARI, hasil QC dan riwayatnya'),
    ('SARI', 'approve', 'QC.REVIEW',      'Tinjau QC',             'Setujui atau tolak hasil QC dengan tanda tangan elektronik'),
    ('SARI', 'update',  'QC.SPEC',        'Kelola spesifikasi QC', 'Buat versi baru spesifikasi QC per bahan dan pasar'),
    ('SARI', 'update',  'SLOT.ASSIGN',    'Penempatan slot',       'Tempatkan lot ke slot gudang dingin'),
    ('SARI', 'update',  'DISPATCH.MANAGE','Kelola pengiriman',     'Buat pengiriman dan catat suhu serta statusnya'),
    ('SARI', 'read',    'SARI.DASHBOARD', 'Dasbor kesiapan produksi', 'Jumlah per tahap, umur, pelanggaran SLA dan utilisasi gudang dingin');

INSERT INTO adm_role_permission (role_id, permission_id)
SELECT r.id, p.id FROM adm_role r CROSS JOIN adm_permission p
WHERE r.code IN ('SYSADMIN', 'ADMIN') AND p.module = 'SARI';

INSERT INTO adm_role_permission (role_id, permission_id)
SELECT r.id, p.id
FROM (VALUES
    ('OPERATOR',        'LOT.INTAKE'),
    ('QC_SUPERVISOR',   'LOT.READ QC.REVIEW QC.SPEC'),
    ('WAREHOUSE_STAFF', 'LOT.READ SLOT.ASSIGN DISPATCH.MANAGE'),
    ('MANAGER',         'LOT.INTAKE LOT.READ QC.SPEC SARI.DASHBOARD'),
    ('DIRECTOR',        'LOT.READ SARI.DASHBOARD'),
    ('READONLY',        'LOT.READ')
) AS g (role_code, perms)
CROSS JOIN LATERAL unnest(string_to_array(g.perms, ' ')) AS perm_code
JOIN adm_role r ON r.code = g.role_code
JOIN adm_permission p ON p.code = perm_code;

INSERT INTO adm_menu (code, name, icon, path, parent_id, sort_order, permission_code) VALUES
    ('MENU_SARI', 'SARI', 'ti-flask', NULL, NULL, 50, NULL);

INSERT INTO adm_menu (code, name, icon, path, parent_id, sort_order, permission_code)
SELECT m.code, m.name, m.icon, m.path, parent.id, m.sort_order, m.permission_code
FROM (VALUES
    ('MENU_SARI_INTAKE',   'Penerimaan Lot',   'ti-package-import', '/sari/lots/new',   10, 'LOT.INTAKE'),
    ('MENU_SARI_MYLOTS',   'Lot Saya',         'ti-list-check',     '/sari/my-lots',    20, 'LOT.INTAKE'),
    ('MENU_SARI_LOTS',     'Semua Lot',        'ti-flask-2',        '/sari/lots',       30, 'LOT.READ'),
    ('MENU_SARI_QC',       'Antrean QC',       'ti-microscope',     '/sari/qc',         40, 'QC.REVIEW'),
    ('MENU_SARI_SPECS',    'Spesifikasi QC',   'ti-ruler-measure',  '/sari/specs',      50, 'QC.SPEC'),
    ('MENU_SARI_SLOTS',    'Papan Slot',       'ti-temperature-snow', '/sari/slots',    60, 'SLOT.ASSIGN'),
    ('MENU_SARI_DISPATCH', 'Pengiriman',       'ti-truck-delivery', '/sari/dispatches', 70, 'DISPATCH.MANAGE'),
    ('MENU_SARI_DASH',     'Kesiapan Produksi','ti-chart-bar',      '/sari/dashboard',  80, 'SARI.DASHBOARD')
) AS m (code, name, icon, path, sort_order, permission_code)
JOIN adm_menu parent ON parent.code = 'MENU_SARI';

INSERT INTO adm_role_menu (role_id, menu_id)
SELECT rp.role_id, m.id
FROM adm_menu m
JOIN adm_permission p ON p.code = m.permission_code
JOIN adm_role_permission rp ON rp.permission_id = p.id
JOIN adm_menu parent ON parent.id = m.parent_id AND parent.code = 'MENU_SARI';

INSERT INTO adm_role_menu (role_id, menu_id)
SELECT DISTINCT rm.role_id, m.parent_id
FROM adm_role_menu rm
JOIN adm_menu m ON m.id = rm.menu_id
JOIN adm_menu parent ON parent.id = m.parent_id AND parent.code = 'MENU_SARI';
