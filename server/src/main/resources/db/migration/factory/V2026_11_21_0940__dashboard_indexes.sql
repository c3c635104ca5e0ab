-- OEE sums the month of every machine: rpt_oee_day's primary key leads with machine_id, so a day index.
CREATE INDEX idx_rpt_oee_day_day ON rpt_oee_day (day);
