-- Issue 21, single sign-on: whether the organisation's identity provider proved a second factor
-- when a staff session was opened, where the deployer lets that stand in for Confide's own. Such a
-- session is not asked to set up Confide's two-factor sign-in. Every session before this was opened
-- with Confide's own second factor, or none.
-- (V14, not V13: V13 is the safeguarding hold on main, where this lands.)
alter table sessions add column second_factor_by_provider boolean default false not null;

alter table sessions add constraint sessions_provider_factor_is_staffs
    check (second_factor_by_provider = false or subject_kind = 'STAFF');
