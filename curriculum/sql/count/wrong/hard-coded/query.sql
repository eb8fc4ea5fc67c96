-- writes the number it saw, 34, instead of counting, so it is wrong as soon as the orders change
SELECT 34;
