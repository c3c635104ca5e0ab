-- Permission codes, role grants and menus for the Sentient Factory ERP (seed 002 §1.7.D/E).
-- Defaults follow §1.7.E; where the seed shows more, it says so: the sample audit log has the
-- production manager approving a PO, so MANAGER_PROD buys materials and approves at manager level,
-- while amounts above the director threshold need PO.APPROVE.DIRECTOR. Warehouse staff ship
-- deliveries and receive goods (they "update inventory").

INSERT INTO adm_permission (module, action, code, name, description) VALUES
    ('DO',   'read',    'DO.READ',             'Lihat surat jalan',          'Lihat delivery order'),
    ('DO',   'update',  'DO.MANAGE',           'Kelola surat jalan',         'Buat, kirim dan selesaikan delivery order'),
    ('PO',   'update',  'PO.UPDATE',           'Ubah Purchase Order',        'Edit PO draf dan ajukan persetujuan'),
    ('PO',   'delete',  'PO.DELETE',           'Batalkan Purchase Order',    'Batalkan PO yang belum diterima'),
    ('PO',   'approve', 'PO.APPROVE.DIRECTOR', 'Setujui PO tingkat direktur', 'Setujui PO di atas batas nilai manajer'),
    ('PO',   'update',  'PO.RECEIVE',          'Terima barang PO',           'Catat penerimaan barang (penuh/sebagian)'),
    ('PO',   'export',  'PO.EXPORT',           'Ekspor Purchase Order',      'Export PO ke Excel/PDF'),
    ('WO',   'create',  'WO.CREATE',           'Buat Work Order',            'Buat work order produksi'),
    ('WO',   'read',    'WO.READ',             'Lihat Work Order',           'Lihat list WO'),
    ('WO',   'update',  'WO.UPDATE',           'Ubah Work Order',            'Mulai, keluarkan bahan, catat hasil, QC dan selesaikan WO'),
    ('WO',   'delete',  'WO.DELETE',           'Batalkan Work Order',        'Batalkan WO yang belum dimulai'),
    ('WO',   'export',  'WO.EXPORT',           'Ekspor Work Order',          'Export WO ke Excel/PDF'),
    ('PROD', 'create',  'SHIFT.INPUT',         'Input log shift',            'Catat output, reject dan downtime per mesin dan shift'),
    ('PROD', 'read',    'SHIFT.READ',          'Lihat log shift',            'Lihat semua log shift dan OEE'),
    ('PROD', 'read',    'MAINT.READ',          'Lihat perawatan mesin',      'Lihat riwayat perawatan mesin'),
    ('PROD', 'update',  'MAINT.MANAGE',        'Catat perawatan mesin',      'Catat perawatan preventif/korektif'),
    ('FIN',  'read',    'FIN.READ',            'Lihat keuangan',             'Lihat piutang, hutang, kas dan nilai uang di dasbor'),
    ('FIN',  'update',  'FIN.PAY',             'Catat pembayaran',           'Catat pembayaran piutang/hutang dan transaksi kas'),
    ('FIN',  'export',  'FIN.EXPORT',          'Ekspor keuangan',            'Export piutang/hutang ke Excel/PDF'),
    ('DASH', 'read',    'DASH.VIEW',           'Dasbor pabrik',              'Ringkasan penjualan, produksi, peringatan dan keuangan');

INSERT INTO adm_role_permission (role_id, permission_id)
SELECT r.id, p.id FROM adm_role r CROSS JOIN adm_permission p
WHERE r.code IN ('SYSADMIN', 'ADMIN') AND p.module IN ('DO', 'WO', 'PROD', 'FIN', 'DASH')
   OR r.code IN ('SYSADMIN', 'ADMIN') AND p.code IN ('PO.UPDATE', 'PO.DELETE', 'PO.APPROVE.DIRECTOR', 'PO.RECEIVE', 'PO.EXPORT');

INSERT INTO adm_role_permission (role_id, permission_id)
SELECT r.id, p.id
FROM (VALUES
    ('DIRECTOR',      'DO.READ PO.APPROVE.DIRECTOR PO.EXPORT WO.READ WO.EXPORT SHIFT.READ MAINT.READ FIN.READ FIN.EXPORT DASH.VIEW'),
    ('MANAGER_SALES', 'DO.READ DO.MANAGE WO.READ DASH.VIEW'),
    ('MANAGER_PROD',  'WO.CREATE WO.READ WO.UPDATE WO.DELETE WO.EXPORT SHIFT.INPUT SHIFT.READ MAINT.READ MAINT.MANAGE DASH.VIEW PO.CREATE PO.READ PO.UPDATE PO.APPROVE'),
    ('STAFF_WH',      'DO.READ DO.MANAGE PO.READ PO.RECEIVE'),
    ('OPERATOR',      'WO.READ SHIFT.INPUT'),
    ('READONLY',      'DO.READ WO.READ SHIFT.READ MAINT.READ FIN.READ DASH.VIEW')
) AS g (role_code, perms)
CROSS JOIN LATERAL unnest(string_to_array(g.perms, ' ')) AS perm_code
JOIN adm_role r ON r.code = g.role_code
JOIN adm_permission p ON p.code = perm_code
ON CONFLICT DO NOTHING;

INSERT INTO adm_menu (code, name, icon, path, parent_id, sort_order, permission_code) VALUES
    ('MENU_FACTORY', 'Pabrik', 'ti-building-factory-2', NULL, NULL, 40, NULL);

-- any_of: a role sees the entry when it holds one of these permissions. An entry with several has no
-- permission_code of its own (the menu runtime would check only that one); its role grants decide.
CREATE TEMPORARY TABLE factory_menu (code VARCHAR(40), name VARCHAR(60), icon VARCHAR(40), path VARCHAR(100),
    sort_order INT, any_of TEXT, live VARCHAR(200)) ON COMMIT DROP;
INSERT INTO factory_menu VALUES
    ('MENU_FACTORY_DASH',      'Dasbor Pabrik',   'ti-chart-pie',        '/factory/dashboard',       5,  'DASH.VIEW', NULL),
    ('MENU_FACTORY_APPROVALS', 'Persetujuan',     'ti-checklist',        '/factory/approvals',       8,  'SO.APPROVE PO.APPROVE PO.APPROVE.DIRECTOR', 'factory.so.status_changed factory.po.status_changed'),
    ('MENU_FACTORY_SO',        'Sales Order',     'ti-file-invoice',     '/factory/sales-orders',    10, 'SO.READ', 'factory.so.>'),
    ('MENU_FACTORY_DO',        'Surat Jalan',     'ti-truck',            '/factory/deliveries',      20, 'DO.READ', 'factory.do.>'),
    ('MENU_FACTORY_PO',        'Purchase Order',  'ti-shopping-cart',    '/factory/purchase-orders', 30, 'PO.READ', 'factory.po.>'),
    ('MENU_FACTORY_WO',        'Work Order',      'ti-tool',             '/factory/work-orders',     40, 'WO.READ', 'factory.wo.>'),
    ('MENU_FACTORY_SHIFT',     'Log Shift',       'ti-clock-hour-8',     '/factory/shift-logs',      50, 'SHIFT.INPUT SHIFT.READ', NULL),
    ('MENU_FACTORY_MAINT',     'Perawatan Mesin', 'ti-settings-cog',     '/factory/maintenance',     60, 'MAINT.READ', NULL),
    ('MENU_FACTORY_AR',        'Piutang',         'ti-receipt',          '/factory/receivables',     70, 'FIN.READ', NULL),
    ('MENU_FACTORY_AP',        'Hutang',          'ti-receipt-2',        '/factory/payables',        80, 'FIN.READ', NULL),
    ('MENU_FACTORY_CASH',      'Kas',             'ti-cash',             '/factory/cash',            90, 'FIN.READ', NULL);

INSERT INTO adm_menu (code, name, icon, path, parent_id, sort_order, permission_code, live_subjects)
SELECT f.code, f.name, f.icon, f.path, parent.id, f.sort_order,
       CASE WHEN position(' ' IN f.any_of) = 0 THEN f.any_of END, f.live
FROM factory_menu f JOIN adm_menu parent ON parent.code = 'MENU_FACTORY';

INSERT INTO adm_role_menu (role_id, menu_id)
SELECT DISTINCT rp.role_id, m.id
FROM factory_menu f
CROSS JOIN LATERAL unnest(string_to_array(f.any_of, ' ')) AS perm_code
JOIN adm_menu m ON m.code = f.code
JOIN adm_permission p ON p.code = perm_code
JOIN adm_role_permission rp ON rp.permission_id = p.id;

INSERT INTO adm_role_menu (role_id, menu_id)
SELECT DISTINCT rm.role_id, m.parent_id
FROM adm_role_menu rm
JOIN adm_menu m ON m.id = rm.menu_id
JOIN adm_menu parent ON parent.id = m.parent_id AND parent.code = 'MENU_FACTORY';
