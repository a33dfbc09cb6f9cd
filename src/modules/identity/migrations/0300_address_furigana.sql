-- Furigana (reading of the recipient's name), which Japanese carriers and shops ask for.
alter table identity.addresses add column name_kana text;
