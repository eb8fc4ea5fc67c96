-- uses IS NOT NULL, which lists the authors whose year of birth is known
SELECT name, country FROM authors WHERE born IS NOT NULL;
