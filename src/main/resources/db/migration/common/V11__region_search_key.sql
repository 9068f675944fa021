-- every name of a region folded (no marks, one form of each Persian letter, ə as e and
-- as a), so that a picker finds "Skarżysko-Kamienna" by "skarzysko"; V11_1 fills it
alter table region add column search_key varchar(4000);
