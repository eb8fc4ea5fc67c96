-- List the name and country of every author whose year of birth is not known.
SELECT name, country FROM authors;
