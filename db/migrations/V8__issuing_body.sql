-- The body in whose name Lenin wrote a quoted passage (a decree of the Council of People's Commissars, a
-- resolution of a congress, a manifesto of the Military Revolutionary Committee): the speaker stays Lenin.
ALTER TABLE quotation ADD COLUMN issuing_body text;
