-- pgbench baseline: the SQL of one authenticated GET /api/v1/menus, one pgbench transaction each.
-- Run by bench/run.sh as: pgbench -M prepared -D sid=<session uuid> -D role=SYSADMIN ...
-- Statement 1: SessionRepository.PRINCIPAL with "s.uuid = :uuid" (the bearer JWT's sid claim).
-- Statement 2: MenuService.ROLE_MENU_SQL for the demo admin's role.
-- With -M prepared pgbench sends :sid and :role as bind parameters, so the values go without
-- quotes (pgbench has no :'var' form; only -M simple pastes the text in). Both statements run in
-- autocommit. Left out: the "touch" UPDATE of last_activity_at, which the app runs at most once
-- per 30 s per session (at most once per 15 s run). run.sh checks both statements against the
-- Java source.
SELECT s.id, s.uuid, s.kind, s.expires_at, s.last_activity_at,
       u.id AS user_id, u.uuid AS user_uuid, u.username, u.full_name, u.is_active, u.is_demo,
       r.code AS role_code,
       ARRAY(SELECT p.code FROM adm_role_permission rp JOIN adm_permission p ON p.id = rp.permission_id
             WHERE rp.role_id = u.role_id) AS perms
FROM adm_session s
JOIN adm_user u ON u.id = s.user_id AND u.deleted_at IS NULL
JOIN adm_role r ON r.id = u.role_id
WHERE NOT s.is_revoked AND s.uuid = :sid;
SELECT m.id, m.code, m.name, m.icon, m.path, m.parent_id, m.sort_order, m.permission_code, m.live_subjects
FROM adm_menu m
JOIN adm_role_menu rm ON rm.menu_id = m.id
JOIN adm_role r ON r.id = rm.role_id
WHERE r.code = :role AND m.is_active
ORDER BY m.parent_id NULLS FIRST, m.sort_order, m.id;
