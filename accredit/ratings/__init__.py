"""Self-assessment ratings: the workbook (template and reader) and the YAML/JSON form, as one Assessment."""

from accredit.ratings.files import assessment_from_document, assessment_to_document, dump_ratings, read_ratings_file
from accredit.ratings.template import RatingsError, write_ratings_template
from accredit.ratings.workbook import read_ratings_workbook

__all__ = [
    "RatingsError",
    "assessment_from_document",
    "assessment_to_document",
    "dump_ratings",
    "read_ratings_file",
    "read_ratings_workbook",
    "write_ratings_template",
]
