-- Roles of all three seeds (002 §1.7.E and §1.8.C; 000 roles; 001 workshop roles), permissions
-- (002 §1.7.D plus the admin console's own) and the base menu. Demo *users* are not here:
-- they load only in demo mode.

INSERT INTO adm_role (code, name, description, level, is_system) VALUES
    ('SYSADMIN',        'System Admin',       'Full access semua modul',          1,  TRUE),
    ('ADMIN',           'Administrator SARI', 'Seluruh akses SARI',               2,  TRUE),
    ('DIRECTOR',        'Direktur',           'Read all, Approve all',            5,  TRUE),
    ('MANAGER_SALES',   'Sales Manager',      'Full SO, Read PO/WO',              10, FALSE),
    ('MANAGER_PROD',    'Production Manager', 'Full WO, Read SO',                 10, FALSE),
    ('MANAGER',         'Manajer SARI',       'Seluruh peristiwa SARI',           10, FALSE),
    ('BRANCH_MANAGER',  'Kepala Cabang',      'Kepala cabang bengkel',            10, FALSE),
    ('QC_SUPERVISOR',   'QC Supervisor',      'Persetujuan QC lot',               30, FALSE),
    ('SERVICE_ADVISOR', 'Service Advisor',    'Penerimaan kendaraan & work order', 40, FALSE),
    ('STAFF_SALES',     'Sales Staff',        'Create/Read SO',                   50, FALSE),
    ('STAFF_WH',        'Warehouse Staff',    'Read/Update Inventory',            50, FALSE),
    ('WAREHOUSE_STAFF', 'Staf Gudang SARI',   'Penempatan cold-chain',            50, FALSE),
    ('STOREKEEPER',     'Storekeeper',        'Gudang suku cadang bengkel',       50, FALSE),
    ('CASHIER',         'Kasir',              'Kasir POS bengkel',                50, FALSE),
    ('MECHANIC',        'Mekanik',            'Mekanik bay bengkel',              70, FALSE),
    ('OPERATOR',        'Operator Produksi',  'Read WO, Input shift_log',         80, FALSE),
    ('READONLY',        'Read Only',          'Read all, No edit',                99, FALSE);

INSERT INTO adm_permission (module, action, code, name, description) VALUES
    ('SO',    'create',  'SO.CREATE',            'Buat Sales Order',            'Buat SO baru'),
    ('SO',    'read',    'SO.READ',              'Lihat Sales Order',           'Lihat list SO'),
    ('SO',    'update',  'SO.UPDATE',            'Ubah Sales Order',            'Edit SO'),
    ('SO',    'delete',  'SO.DELETE',            'Hapus Sales Order',           'Hapus SO'),
    ('SO',    'approve', 'SO.APPROVE',           'Setujui Sales Order',         'Approve SO'),
    ('SO',    'export',  'SO.EXPORT',            'Ekspor Sales Order',          'Export SO ke Excel/PDF'),
    ('PO',    'create',  'PO.CREATE',            'Buat Purchase Order',         'Buat PO baru'),
    ('PO',    'read',    'PO.READ',              'Lihat Purchase Order',        'Lihat list PO'),
    ('PO',    'approve', 'PO.APPROVE',           'Setujui Purchase Order',      'Approve PO'),
    ('ADMIN', 'read',    'ADMIN.USER.READ',      'Lihat pengguna',              'Lihat daftar pengguna'),
    ('ADMIN', 'create',  'ADMIN.USER.CREATE',    'Buat pengguna',               'Buat user baru'),
    ('ADMIN', 'update',  'ADMIN.USER.UPDATE',    'Ubah pengguna',               'Edit, aktivasi, unlock user'),
    ('ADMIN', 'update',  'ADMIN.USER.RESET_PWD', 'Reset kata sandi',            'Reset password user'),
    ('ADMIN', 'update',  'ADMIN.ROLE.MANAGE',    'Kelola peran',                'Kelola role & permission'),
    ('ADMIN', 'update',  'ADMIN.MENU.MANAGE',    'Kelola menu',                 'Kelola menu sidebar'),
    ('ADMIN', 'update',  'ADMIN.SESSION.MANAGE', 'Kelola sesi',                 'Lihat sesi aktif, force logout'),
    ('ADMIN', 'read',    'ADMIN.AUDIT.VIEW',     'Lihat log audit',             'Lihat audit log'),
    ('ADMIN', 'export',  'ADMIN.AUDIT.EXPORT',   'Ekspor log audit',            'Export audit log ke CSV/Excel'),
    ('OPS',   'read',    'OPS.METRICS',          'Metrik operasional',          'Baca /actuator/prometheus');

-- SYSADMIN and SARI's ADMIN: everything.
INSERT INTO adm_role_permission (role_id, permission_id)
SELECT r.id, p.id FROM adm_role r CROSS JOIN adm_permission p WHERE r.code IN ('SYSADMIN', 'ADMIN');

INSERT INTO adm_role_permission (role_id, permission_id)
SELECT r.id, p.id
FROM (VALUES
    ('DIRECTOR', 'SO.READ'), ('DIRECTOR', 'SO.APPROVE'), ('DIRECTOR', 'SO.EXPORT'),
    ('DIRECTOR', 'PO.READ'), ('DIRECTOR', 'PO.APPROVE'),
    ('DIRECTOR', 'ADMIN.USER.READ'), ('DIRECTOR', 'ADMIN.AUDIT.VIEW'), ('DIRECTOR', 'ADMIN.AUDIT.EXPORT'),
    ('MANAGER_SALES', 'SO.CREATE'), ('MANAGER_SALES', 'SO.READ'), ('MANAGER_SALES', 'SO.UPDATE'),
    ('MANAGER_SALES', 'SO.DELETE'), ('MANAGER_SALES', 'SO.APPROVE'), ('MANAGER_SALES', 'SO.EXPORT'),
    ('MANAGER_SALES', 'PO.READ'),
    ('MANAGER_PROD', 'SO.READ'),
    ('STAFF_SALES', 'SO.CREATE'), ('STAFF_SALES', 'SO.READ'),
    ('READONLY', 'SO.READ'), ('READONLY', 'PO.READ'),
    ('MANAGER', 'ADMIN.USER.READ'), ('MANAGER', 'ADMIN.AUDIT.VIEW'),
    ('BRANCH_MANAGER', 'ADMIN.AUDIT.VIEW')
) AS m (role_code, perm_code)
JOIN adm_role r ON r.code = m.role_code
JOIN adm_permission p ON p.code = m.perm_code;

INSERT INTO adm_menu (code, name, icon, path, parent_id, sort_order, permission_code) VALUES
    ('MENU_DASHBOARD', 'Dasbor',        'ti-home',   '/',                 NULL, 10,  NULL),
    ('MENU_ACCOUNT',   'Akun Saya',     'ti-user',   '/account/password', NULL, 900, NULL),
    ('MENU_ADMIN',     'Administrasi',  'ti-settings', NULL,              NULL, 990, NULL);

INSERT INTO adm_menu (code, name, icon, path, parent_id, sort_order, permission_code)
SELECT m.code, m.name, m.icon, m.path, parent.id, m.sort_order, m.permission_code
FROM (VALUES
    ('MENU_ADMIN_USER',    'Pengguna',      'ti-users',     '/admin/users',    10, 'ADMIN.USER.READ'),
    ('MENU_ADMIN_ROLE',    'Peran & Akses', 'ti-shield',    '/admin/roles',    20, 'ADMIN.ROLE.MANAGE'),
    ('MENU_ADMIN_MENU',    'Menu',          'ti-menu-2',    '/admin/menus',    30, 'ADMIN.MENU.MANAGE'),
    ('MENU_ADMIN_SESSION', 'Sesi Aktif',    'ti-plug',      '/admin/sessions', 40, 'ADMIN.SESSION.MANAGE'),
    ('MENU_ADMIN_AUDIT',   'Log Audit',     'ti-history',   '/admin/audit',    50, 'ADMIN.AUDIT.VIEW'),
    ('MENU_ADMIN_API',     'Dokumentasi API', 'ti-api',     '/swagger-ui.html', 60, 'OPS.METRICS')
) AS m (code, name, icon, path, sort_order, permission_code)
CROSS JOIN adm_menu parent WHERE parent.code = 'MENU_ADMIN';

-- Every role sees the dashboard and its own account page.
INSERT INTO adm_role_menu (role_id, menu_id)
SELECT r.id, m.id FROM adm_role r CROSS JOIN adm_menu m WHERE m.code IN ('MENU_DASHBOARD', 'MENU_ACCOUNT');

-- Admin section: all of it for system admins; the audit (and user list) for directors and managers.
INSERT INTO adm_role_menu (role_id, menu_id)
SELECT r.id, m.id FROM adm_role r CROSS JOIN adm_menu m
WHERE r.code IN ('SYSADMIN', 'ADMIN') AND m.code LIKE 'MENU_ADMIN%';

INSERT INTO adm_role_menu (role_id, menu_id)
SELECT r.id, m.id
FROM (VALUES
    ('DIRECTOR', 'MENU_ADMIN'), ('DIRECTOR', 'MENU_ADMIN_USER'), ('DIRECTOR', 'MENU_ADMIN_AUDIT'),
    ('MANAGER', 'MENU_ADMIN'), ('MANAGER', 'MENU_ADMIN_USER'), ('MANAGER', 'MENU_ADMIN_AUDIT'),
    ('BRANCH_MANAGER', 'MENU_ADMIN'), ('BRANCH_MANAGER', 'MENU_ADMIN_AUDIT')
) AS x (role_code, menu_code)
JOIN adm_role r ON r.code = x.role_code
JOIN adm_menu m ON m.code = x.menu_code;
