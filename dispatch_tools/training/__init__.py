"""Learning the shipped models from the corpus (``../shared/corpus``): ``make model``.

Nothing of the run time imports this package; it imports the run time (the tokenizer, the
syllable tables and the file formats of :mod:`dispatch_tools.repair`) so that training and
reading agree.

- :mod:`.corpus`: the corpus files and the fixed held-out split (evaluation reads only those)
- :mod:`.language_model`: the syllable inventory, the abbreviations, the trigram language model
- :mod:`.ocr_errors`: corpus lines drawn as scans and read by Tesseract's English model
- :mod:`.ocr_confusions`: the OCR confusion counts learnt from those (source, OCR) pairs
"""
