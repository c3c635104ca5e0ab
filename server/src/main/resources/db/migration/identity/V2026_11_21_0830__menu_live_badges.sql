-- Live nav badges (seed 000): a menu entry lists the event subjects that mean "something new here";
-- the browser runtime counts matching live events on the entry until the page is opened.
ALTER TABLE adm_menu ADD COLUMN live_subjects VARCHAR(200);

UPDATE adm_menu m SET live_subjects = v.subjects
FROM (VALUES
    ('MENU_SARI_MYLOTS',   'lot.> qc.job.completed qc.job.failed warehouse.slot_assigned dispatch.>'),
    ('MENU_SARI_LOTS',     'lot.created lot.ready_for_production'),
    ('MENU_SARI_QC',       'qc.job.completed qc.job.needs_human_review qc.job.failed'),
    ('MENU_SARI_SLOTS',    'qc.job.approved'),
    ('MENU_SARI_DISPATCH', 'lot.ready_for_production dispatch.>'),
    ('MENU_INV_MOVES',     'inventory.moved'),
    ('MENU_INV_LOTS',      'lot.status_changed')
) AS v (code, subjects)
WHERE m.code = v.code;
