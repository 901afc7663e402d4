"""Learning the shipped models from ``../shared``: ``make model``, and the parse stage's task classifier.

Nothing of the run time imports this package; it imports the run time (the tokenizer, the
syllable tables and the file formats of :mod:`dispatch_tools.repair`, the task units of
:mod:`dispatch_tools.parse`) so that training and reading agree.

- :mod:`.corpus`: the corpus files and the fixed held-out split (evaluation reads only those)
- :mod:`.language_model`: the syllable inventory, the abbreviations, the trigram language model
- :mod:`.ocr_errors`: corpus lines drawn as scans and read by Tesseract's English model
- :mod:`.ocr_confusions`: the OCR confusion counts learnt from those (source, OCR) pairs
- :mod:`.parse_tasks`: the task classifier, trained on the development part of ``../shared/dev``
"""
