-- Permission codes, role grants and menus for master data and the inventory ledger.
-- Masters: everyone who works with them reads; managers maintain; only administrators delete
-- (soft) and import. Inventory (seed 002 §1.7.E "STAFF_WH: Read/Update Inventory"): warehouse and
-- parts staff move and adjust stock; sales/service reserve; QC decides lot status.

INSERT INTO adm_permission (module, action, code, name, description) VALUES
    ('MASTER', 'read',    'MASTER.READ',     'Lihat data master',       'Lihat pelanggan, barang, pemasok, mesin, karyawan, gudang'),
    ('MASTER', 'update',  'MASTER.MANAGE',   'Kelola data master',      'Buat dan ubah data master'),
    ('MASTER', 'delete',  'MASTER.DELETE',   'Hapus data master',       'Hapus (soft delete) dan pulihkan data master'),
    ('MASTER', 'create',  'MASTER.IMPORT',   'Impor data master',       'Impor data master dari CSV/Excel'),
    ('MASTER', 'export',  'MASTER.EXPORT',   'Ekspor data master',      'Ekspor data master ke CSV/Excel'),
    ('INV',    'read',    'INV.READ',        'Lihat persediaan',        'Lihat stok, mutasi, lot dan telusur lot'),
    ('INV',    'update',  'INV.MOVE',        'Mutasi stok',             'Terima, keluarkan dan pindahkan stok'),
    ('INV',    'update',  'INV.ADJUST',      'Penyesuaian stok',        'Koreksi stok hasil opname dengan alasan'),
    ('INV',    'create',  'INV.RESERVE',     'Reservasi stok',          'Pesan dan lepas stok untuk dokumen'),
    ('INV',    'approve', 'INV.LOT.STATUS',  'Status lot',              'Rilis, tahan atau tolak lot (karantina QC)'),
    ('INV',    'export',  'INV.EXPORT',      'Ekspor persediaan',       'Ekspor stok dan laporan telusur lot');

INSERT INTO adm_role_permission (role_id, permission_id)
SELECT r.id, p.id FROM adm_role r CROSS JOIN adm_permission p
WHERE r.code IN ('SYSADMIN', 'ADMIN') AND (p.code LIKE 'MASTER.%' OR p.code LIKE 'INV.%');

INSERT INTO adm_role_permission (role_id, permission_id)
SELECT r.id, p.id
FROM (VALUES
    ('DIRECTOR',        'MASTER.READ MASTER.EXPORT INV.READ INV.EXPORT'),
    ('READONLY',        'MASTER.READ INV.READ'),
    ('MANAGER_SALES',   'MASTER.READ MASTER.MANAGE MASTER.EXPORT INV.READ INV.RESERVE INV.EXPORT'),
    ('MANAGER_PROD',    'MASTER.READ MASTER.MANAGE MASTER.EXPORT INV.READ INV.MOVE INV.RESERVE INV.EXPORT'),
    ('STAFF_SALES',     'MASTER.READ INV.READ INV.RESERVE'),
    ('STAFF_WH',        'MASTER.READ INV.READ INV.MOVE INV.ADJUST INV.RESERVE INV.EXPORT'),
    ('MANAGER',         'MASTER.READ MASTER.MANAGE MASTER.EXPORT INV.READ INV.LOT.STATUS INV.EXPORT'),
    ('QC_SUPERVISOR',   'MASTER.READ INV.READ INV.LOT.STATUS'),
    ('WAREHOUSE_STAFF', 'MASTER.READ INV.READ INV.MOVE INV.ADJUST INV.EXPORT'),
    ('BRANCH_MANAGER',  'MASTER.READ MASTER.MANAGE MASTER.EXPORT INV.READ INV.EXPORT'),
    ('SERVICE_ADVISOR', 'MASTER.READ INV.READ INV.RESERVE'),
    ('STOREKEEPER',     'MASTER.READ INV.READ INV.MOVE INV.ADJUST INV.RESERVE INV.EXPORT'),
    ('MECHANIC',        'INV.READ'),
    ('CASHIER',         'MASTER.READ')
) AS g (role_code, perms)
CROSS JOIN LATERAL unnest(string_to_array(g.perms, ' ')) AS perm_code
JOIN adm_role r ON r.code = g.role_code
JOIN adm_permission p ON p.code = perm_code;

INSERT INTO adm_menu (code, name, icon, path, parent_id, sort_order, permission_code) VALUES
    ('MENU_MASTER', 'Data Master', 'ti-database', NULL, NULL, 100, NULL),
    ('MENU_INV',    'Persediaan',  'ti-packages', NULL, NULL, 200, NULL);

INSERT INTO adm_menu (code, name, icon, path, parent_id, sort_order, permission_code)
SELECT m.code, m.name, m.icon, m.path, parent.id, m.sort_order, m.permission_code
FROM (VALUES
    ('MENU_MASTER', 'MENU_MASTER_CUST',    'Pelanggan',  'ti-users-group',  '/master/customers',    10, 'MASTER.READ'),
    ('MENU_MASTER', 'MENU_MASTER_ITEM',    'Barang',     'ti-box',          '/master/items',        20, 'MASTER.READ'),
    ('MENU_MASTER', 'MENU_MASTER_VENDOR',  'Pemasok',    'ti-truck',        '/master/vendors',      30, 'MASTER.READ'),
    ('MENU_MASTER', 'MENU_MASTER_MACHINE', 'Mesin',      'ti-settings-2',   '/master/machines',     40, 'MASTER.READ'),
    ('MENU_MASTER', 'MENU_MASTER_EMP',     'Karyawan',   'ti-id-badge',     '/master/employees',    50, 'MASTER.READ'),
    ('MENU_MASTER', 'MENU_MASTER_WH',      'Gudang',     'ti-building-warehouse', '/master/warehouses', 60, 'MASTER.READ'),
    ('MENU_MASTER', 'MENU_MASTER_CERT',    'Sertifikat', 'ti-certificate',  '/master/certificates', 70, 'MASTER.READ'),
    ('MENU_INV',    'MENU_INV_STOCK',      'Stok',       'ti-stack-2',      '/inventory/stock',     10, 'INV.READ'),
    ('MENU_INV',    'MENU_INV_MOVES',      'Mutasi',     'ti-arrows-exchange', '/inventory/moves',  20, 'INV.READ'),
    ('MENU_INV',    'MENU_INV_LOTS',       'Lot',        'ti-barcode',      '/inventory/lots',      30, 'INV.READ'),
    ('MENU_INV',    'MENU_INV_ADJUST',     'Penyesuaian Stok', 'ti-adjustments', '/inventory/adjustments/new', 40, 'INV.ADJUST')
) AS m (parent_code, code, name, icon, path, sort_order, permission_code)
JOIN adm_menu parent ON parent.code = m.parent_code;

-- A role sees a menu entry exactly when it holds the entry's permission; parents follow children.
INSERT INTO adm_role_menu (role_id, menu_id)
SELECT rp.role_id, m.id
FROM adm_menu m
JOIN adm_permission p ON p.code = m.permission_code
JOIN adm_role_permission rp ON rp.permission_id = p.id
JOIN adm_menu parent ON parent.id = m.parent_id AND parent.code IN ('MENU_MASTER', 'MENU_INV');

INSERT INTO adm_role_menu (role_id, menu_id)
SELECT DISTINCT rm.role_id, m.parent_id
FROM adm_role_menu rm
JOIN adm_menu m ON m.id = rm.menu_id
JOIN adm_menu parent ON parent.id = m.parent_id AND parent.code IN ('MENU_MASTER', 'MENU_INV');
