-- Not part of `make bench`: the SQL of one GET /api/v1/menus the way the app sends it today, as seen
-- with log_statement = all: the principal lookup in a read-write transaction (SessionService),
-- then the menu query twice in read-only transactions (once for the page layout that LayoutAdvice
-- builds for REST controllers too, once for the API answer). Compare its TPS with
-- bench/menus.sql to see what the transaction shape costs apart from the Java work.
BEGIN;
SELECT s.id, s.uuid, s.kind, s.expires_at, s.last_activity_at,
       u.id AS user_id, u.uuid AS user_uuid, u.username, u.full_name, u.is_active, u.is_demo,
       r.code AS role_code,
       ARRAY(SELECT p.code FROM adm_role_permission rp JOIN adm_permission p ON p.id = rp.permission_id
             WHERE rp.role_id = u.role_id) AS perms
FROM adm_session s
JOIN adm_user u ON u.id = s.user_id AND u.deleted_at IS NULL
JOIN adm_role r ON r.id = u.role_id
WHERE NOT s.is_revoked AND s.uuid = :sid;
COMMIT;
BEGIN READ ONLY;
SELECT m.id, m.code, m.name, m.icon, m.path, m.parent_id, m.sort_order, m.permission_code, m.live_subjects
FROM adm_menu m
JOIN adm_role_menu rm ON rm.menu_id = m.id
JOIN adm_role r ON r.id = rm.role_id
WHERE r.code = :role AND m.is_active
ORDER BY m.parent_id NULLS FIRST, m.sort_order, m.id;
COMMIT;
BEGIN READ ONLY;
SELECT m.id, m.code, m.name, m.icon, m.path, m.parent_id, m.sort_order, m.permission_code, m.live_subjects
FROM adm_menu m
JOIN adm_role_menu rm ON rm.menu_id = m.id
JOIN adm_role r ON r.id = rm.role_id
WHERE r.code = :role AND m.is_active
ORDER BY m.parent_id NULLS FIRST, m.sort_order, m.id;
COMMIT;
