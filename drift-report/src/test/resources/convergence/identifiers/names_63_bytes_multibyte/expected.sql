-- Drift fix script: makes target match reference
CREATE TABLE public."éééééééééééééééééééééééééééééééx" (
    "üüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüy" integer NOT NULL,
    CONSTRAINT "ééééééééééééééééééééééééééééé_pkey" PRIMARY KEY ("üüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüy")
);
