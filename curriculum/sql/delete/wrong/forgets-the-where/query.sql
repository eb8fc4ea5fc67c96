-- forgets the WHERE, so every loan is deleted
DELETE FROM loans;
